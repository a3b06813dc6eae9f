namespace Myokinetics.Reporting;

/// <summary>The style rules the laboratory reports (assay plates, secretomes) share: tables, figures,
/// plot frame and the point classes of their charts. Colours follow the Okabe–Ito palette where a
/// reader must tell kinds apart; every kind also differs by marker shape or fill.</summary>
internal static class LabReportStyle
{
    public const string Rules = """
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
        table.facts th { text-align: left; padding: 0.2rem 1rem 0.2rem 0; font-weight: 600; vertical-align: top; }
        table.data th, table.data td { border-bottom: 1px solid #e4e7ec; padding: 0.2rem 0.7rem; text-align: left; }
        table.data th { background: #f2f4f7; font-weight: 600; }
        table.data td.number { text-align: right; font-variant-numeric: tabular-nums; }
        table.data tr.flagged td { background: #fdecea; }
        table.data tr.chosen td { font-weight: 600; }
        .tables { display: flex; flex-wrap: wrap; gap: 0 2rem; align-items: flex-start; }
        h3 { font-size: 1rem; margin: 0.8rem 0 0; }
        .tables .legend { max-width: 28rem; }
        .grid-of-plots { display: flex; flex-wrap: wrap; gap: 1rem; }
        figure { margin: 0; border: 1px solid #e4e7ec; border-radius: 6px; padding: 0.5rem; }
        figcaption { font-weight: 600; margin-bottom: 0.2rem; }
        .legend { font-size: 0.85rem; color: #344054; max-width: 560px; margin: 0.3rem 0 0; }
        .flag { display: inline-block; background: #fdecea; color: #9f1c12; border-radius: 3px; padding: 0 0.3rem; margin-right: 0.2rem; font-size: 0.85rem; }
        .ok { color: #067647; }
        .bad { color: #b42318; font-weight: 600; }
        .sw { font-size: 1.05rem; }
        .sw.std { color: #0072B2; } .sw.unk { color: #E69F00; } .sw.ctl { color: #009E73; } .sw.flagged { color: #D55E00; }
        .sw.up { color: #D55E00; } .sw.down { color: #0072B2; } .sw.ns { color: #98a2b3; }
        svg { max-width: 100%; height: auto; }
        svg .plot { fill: #ffffff; stroke: #98a2b3; stroke-width: 1; }
        svg .grid { stroke: #e4e7ec; stroke-width: 1; }
        svg .minor { stroke: #f2f4f7; stroke-width: 1; }
        svg .tickmark { stroke: #98a2b3; stroke-width: 1; }
        svg .tick { font-size: 11px; fill: #475467; }
        svg .axis { font-size: 12px; fill: #1d2430; }
        svg .band { fill: #009E73; fill-opacity: 0.10; stroke: none; }
        svg .guide { stroke: #667085; stroke-width: 1; stroke-dasharray: 4 3; }
        svg .fc-guide { stroke: #667085; stroke-width: 1; stroke-dasharray: 1.5 3; }
        svg .threshold { stroke: #1d2430; stroke-width: 1.2; stroke-dasharray: 6 4; }
        svg .curve { fill: none; stroke: #1d2430; stroke-width: 1.6; stroke-linejoin: round; }
        svg .limit { stroke: #009E73; stroke-width: 1.3; stroke-dasharray: 5 3; }
        svg .lod { stroke: #CC79A7; stroke-width: 1.3; stroke-dasharray: 2 3; }
        svg .limit-label { font-size: 10.5px; fill: #344054; }
        svg .std { fill: #0072B2; stroke: #ffffff; stroke-width: 0.8; }
        svg .std-out { fill: #ffffff; stroke: #0072B2; stroke-width: 1.4; }
        svg .unk { fill: #E69F00; stroke: #ffffff; stroke-width: 0.8; }
        svg .ctl { fill: #009E73; stroke: #ffffff; stroke-width: 0.8; }
        svg .flagged { fill: #ffffff; stroke: #D55E00; stroke-width: 1.8; }
        svg .rec { fill: #0072B2; stroke: #ffffff; stroke-width: 0.8; }
        svg .rec-out { fill: #ffffff; stroke: #0072B2; stroke-width: 1.4; }
        svg .level { stroke: #1d2430; stroke-width: 2; }
        svg .level-out { stroke: #D55E00; stroke-width: 2; }
        svg .ns { fill: #98a2b3; fill-opacity: 0.55; stroke: none; }
        svg .up { fill: #D55E00; stroke: #ffffff; stroke-width: 0.6; }
        svg .down { fill: #0072B2; stroke: #ffffff; stroke-width: 0.6; }
        svg .myokine-ring { fill: none; stroke: #1d2430; stroke-width: 1.5; }
        svg .myokine-label { font-size: 11px; font-weight: 600; fill: #1d2430; paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
        svg .leader { stroke: #667085; stroke-width: 0.8; }
        svg .guide-label { font-size: 10.5px; fill: #344054; }
        """;
}
