using System.CommandLine;
using Myokinetics.Cli.Loading;

namespace Myokinetics.Cli.Commands;

/// <summary>
/// The MODEL argument shared by the verbs. It is declared optional for the parser and required by a
/// validator, so that a verb can later accept another source of the model (a built-in model chosen
/// by options) by changing only its validator.
/// </summary>
internal static class ModelInput
{
    public const string Formats = ModelLoader.KnownFormats;

    /// <summary>A MODEL argument that the parser does not insist on.</summary>
    public static Argument<string?> CreateArgument(string purpose) => new("MODEL")
    {
        Description = $"The model file to {purpose} (required): {Formats}.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>Makes <paramref name="command"/> fail to parse, with a clear message, without MODEL.</summary>
    public static void Require(Command command, Argument<string?> model, string purpose)
    {
        command.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValue(model)))
            {
                result.AddError($"missing MODEL: give the model file to {purpose}: {Formats}");
            }
        });
    }
}
