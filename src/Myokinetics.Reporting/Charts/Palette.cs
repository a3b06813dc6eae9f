namespace Myokinetics.Reporting.Charts;

/// <summary>Line colours that stay apart for readers with common colour-vision deficiencies (Okabe &amp; Ito,
/// "Color Universal Design", 2008), then repeated with dashes.</summary>
internal static class Palette
{
    private static readonly string[] Colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442"];

    public static string Colour(int index) => Colours[index % Colours.Length];

    /// <summary>A dash pattern for lines beyond the first round of colours, or null for solid.</summary>
    public static string? Dash(int index) => (index / Colours.Length) switch
    {
        0 => null,
        1 => "6 3",
        _ => "2 3",
    };
}
