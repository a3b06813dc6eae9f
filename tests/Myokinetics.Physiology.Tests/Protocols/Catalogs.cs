using Myokinetics.Physiology.Protocols;

namespace Myokinetics.Physiology.Tests.Protocols;

/// <summary>The modality and drug catalogues of models/crosstalk, read once for the protocol tests.</summary>
internal static class Catalogs
{
    private static readonly Lazy<ProtocolCatalogs> Loaded = new(ProtocolCatalogs.Load);

    public static ModalityCatalog Modalities => Loaded.Value.Modalities;

    public static DrugCatalog Drugs => Loaded.Value.Drugs;

    public static ProtocolCatalogs Both => Loaded.Value;
}
