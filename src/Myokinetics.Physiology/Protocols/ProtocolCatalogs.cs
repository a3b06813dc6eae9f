using Myokinetics.Physiology.Crosstalk;

namespace Myokinetics.Physiology.Protocols;

/// <summary>The vocabularies the protocol strings are read with: modalities and drugs.</summary>
public sealed record ProtocolCatalogs(ModalityCatalog Modalities, DrugCatalog Drugs)
{
    /// <summary>Reads both from the crosstalk model's folder.</summary>
    public static ProtocolCatalogs Load() => Load(CrosstalkModel.Folder());

    /// <summary>Reads both from <paramref name="folder"/>.</summary>
    public static ProtocolCatalogs Load(string folder) => new(
        ModalityCatalog.Load(Path.Combine(folder, ModalityCatalog.FileName)),
        DrugCatalog.Load(Path.Combine(folder, DrugCatalog.FileName)));
}
