using System.CommandLine;
using Myokinetics.Physiology.Catalog;

namespace Myokinetics.Cli.Commands;

/// <summary>
/// <c>myokinetics catalog [NAME] [--json]</c>: the myokine catalogue as a table, or one myokine in full
/// (found by id, name or alias, ignoring case); <c>--json</c> prints the entry or every entry as JSON.
/// An unknown NAME is bad input (exit 1) and the message suggests the nearest name.
/// </summary>
internal static class CatalogCommand
{
    public static Command Create()
    {
        var name = new Argument<string?>("NAME")
        {
            Description = "A myokine's id, name or alias (e.g. IL6, irisin, GDF-8, MCP-1). Without it: a table of every entry.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print the entry (or every entry, as an array) as JSON in the catalogue's own format instead of text.",
        };
        var command = new Command("catalog", "Show the myokine catalogue: gene, UniProt id, source tissues, receptors, signalling, targets, outcomes, basal level, half-life, exercise response and references, each number with its source.")
        {
            name,
            json,
        };
        command.SetAction((parse, token) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var catalog = MyokineCatalog.Default();
            token.ThrowIfCancellationRequested();
            var requested = parse.GetValue(name);
            var asJson = parse.GetValue(json);
            if (string.IsNullOrWhiteSpace(requested))
            {
                if (asJson)
                {
                    output.WriteLine(catalog.ToJson());
                }
                else
                {
                    CatalogText.WriteTable(catalog, output);
                }

                return Task.FromResult(ExitCodes.Success);
            }

            var entry = catalog.Find(requested) ?? throw Unknown(catalog, requested);
            if (asJson)
            {
                output.WriteLine(MyokineCatalog.ToJson(entry));
            }
            else
            {
                CatalogText.WriteEntry(entry, output);
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static CommandInputException Unknown(MyokineCatalog catalog, string requested)
    {
        var suggestion = catalog.Suggest(requested);
        var hint = string.Equals(suggestion.Key, suggestion.Entry.Id, StringComparison.Ordinal)
            ? $"'{suggestion.Entry.Id}' ({suggestion.Entry.Name})"
            : $"'{suggestion.Key}' ({suggestion.Entry.Id})";
        return new CommandInputException($"no myokine '{requested.Trim()}' in the catalogue; did you mean {hint}? Run 'myokinetics catalog' for the list.");
    }
}
