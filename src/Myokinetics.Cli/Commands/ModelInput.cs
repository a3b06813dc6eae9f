using System.CommandLine;
using Myokinetics.Cli.Loading;

namespace Myokinetics.Cli.Commands;

/// <summary>
/// The MODEL argument shared by the verbs: a model file, or nothing for the built-in crosstalk model
/// (models/crosstalk/crosstalk.ant, shipped with the program).
/// </summary>
internal static class ModelInput
{
    public const string Formats = ModelLoader.KnownFormats;

    /// <summary>An optional MODEL argument.</summary>
    public static Argument<string?> CreateArgument(string purpose) => new("MODEL")
    {
        Description = $"The model file to {purpose}: {Formats}. Without it, the built-in muscle–organ crosstalk model.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>The path given, or null for the crosstalk model (an empty or blank value is refused).</summary>
    public static void RefuseBlank(Command command, Argument<string?> model)
    {
        command.Validators.Add(result =>
        {
            if (result.GetResult(model) is { Tokens.Count: > 0 } && string.IsNullOrWhiteSpace(result.GetValue(model)))
            {
                result.AddError($"MODEL is empty: give a model file ({Formats}), or leave MODEL out for the crosstalk model");
            }
        });
    }
}
