using System.Text;

namespace Myokinetics.Reporting.Charts;

/// <summary>Point markers of scatter charts (circle, diamond, square, triangle), each with a tooltip
/// title, so that kinds of points differ by shape as well as by colour.</summary>
internal static class Marker
{
    public static void Circle(StringBuilder svg, double x, double y, double r, string cssClass, string title) =>
        svg.Append($"<circle class=\"{cssClass}\" cx=\"{C(x)}\" cy=\"{C(y)}\" r=\"{C(r)}\">{Title(title)}</circle>\n");

    public static void Diamond(StringBuilder svg, double x, double y, double r, string cssClass, string title) =>
        svg.Append($"<polygon class=\"{cssClass}\" points=\"{C(x)},{C(y - r)} {C(x + r)},{C(y)} {C(x)},{C(y + r)} {C(x - r)},{C(y)}\">{Title(title)}</polygon>\n");

    public static void Square(StringBuilder svg, double x, double y, double r, string cssClass, string title) =>
        svg.Append($"<rect class=\"{cssClass}\" x=\"{C(x - r)}\" y=\"{C(y - r)}\" width=\"{C(2 * r)}\" height=\"{C(2 * r)}\">{Title(title)}</rect>\n");

    /// <summary>An upward triangle whose centroid is at (x, y).</summary>
    public static void Triangle(StringBuilder svg, double x, double y, double r, string cssClass, string title) =>
        svg.Append($"<polygon class=\"{cssClass}\" points=\"{C(x)},{C(y - r)} {C(x + (0.866 * r))},{C(y + (0.5 * r))} {C(x - (0.866 * r))},{C(y + (0.5 * r))}\">{Title(title)}</polygon>\n");

    private static string Title(string title) => title.Length == 0 ? string.Empty : $"<title>{Html.Escape(title)}</title>";

    private static string C(double v) => SvgNumber.Coordinate(v);
}
