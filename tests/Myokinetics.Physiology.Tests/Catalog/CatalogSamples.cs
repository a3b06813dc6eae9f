namespace Myokinetics.Physiology.Tests.Catalog;

/// <summary>Small catalogue texts for the loader's tests: one valid entry, and ways to break it.</summary>
internal static class CatalogSamples
{
    /// <summary>A valid entry for id <paramref name="id"/> whose text can be edited by replacement.</summary>
    public static string Entry(string id = "IL6", string name = "Interleukin-6", string aliases = "\"IL-6\"", string accession = "P05231") => $$"""
        {
          "id": "{{id}}",
          "name": "{{name}}",
          "aliases": [{{aliases}}],
          "kind": "protein",
          "gene": "IL6",
          "uniprot": "{{accession}}",
          "chebi": null,
          "source_tissues": [
            {"tissue": "skeletal muscle", "main": true, "context": "exercise", "note": "contracting muscle (Steensberg 2000) [READ]"}
          ],
          "receptors": ["IL-6R"],
          "signalling": ["JAK/STAT3"],
          "targets": ["liver"],
          "outcomes": ["glucose production"],
          "basal_plasma": {
            "value": 1.47, "low": 0.71, "high": 3.53, "spread": "median (IQR)", "unit": "pg/mL", "matrix": "plasma",
            "assay": "immunoassay", "caveat": "population sample", "source": "CoLaus 2011", "tag": "[READ]"
          },
          "half_life": {
            "value": 1.4, "low": null, "high": null, "unit": "min", "species": "human",
            "source": "Steensberg 2000, ln 2 / 0.5", "tag": "[DERIVED]", "caveat": "apparent turnover"
          },
          "exercise_response": {"text": "19-fold after 5 h", "source": "Steensberg 2000", "tag": "[READ]"},
          "model_observable": "{{id}}_plasma",
          "model_module": null,
          "notes": [],
          "references": [{"citation": "Steensberg 2000 J Physiol 529:237", "doi": "10.1111/j.1469-7793.2000.00237.x", "pmid": "11080265"}]
        }
        """;

    /// <summary>A catalogue file holding <paramref name="entries"/>.</summary>
    public static string Catalogue(params string[] entries) => $$"""
        {
          "schema_version": 1,
          "description": "test catalogue",
          "entries": [
        {{string.Join(",\n", entries)}}
          ]
        }
        """;

    /// <summary>The 1-based line of the first line of <paramref name="text"/> that contains <paramref name="needle"/>.</summary>
    public static int LineOf(string text, string needle) =>
        Array.FindIndex(text.Split('\n'), l => l.Contains(needle, StringComparison.Ordinal)) + 1;
}
