using Myokinetics.Physiology.Data;
using YamlDotNet.RepresentationModel;

namespace Myokinetics.Physiology.Protocols;

/// <summary>The exercise modalities and limits of <c>models/crosstalk/modalities.yaml</c>.</summary>
/// <param name="Modalities">By name, in file order.</param>
/// <param name="MaxCarbohydrateGramsPerHour">The largest <c>cho=</c> accepted, g/h.</param>
public sealed record ModalityCatalog(ImmutableArray<Modality> Modalities, double MaxCarbohydrateGramsPerHour)
{
    /// <summary>The file's name in the model folder.</summary>
    public const string FileName = "modalities.yaml";

    /// <summary>The modality called <paramref name="name"/>, or null.</summary>
    public Modality? Find(string name) => Modalities.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.Ordinal));

    /// <summary>Reads the catalogue from <paramref name="path"/>; errors name the file, line and column.</summary>
    public static ModalityCatalog Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var root = YamlData.LoadMapping(path, "the exercise modalities");
        YamlData.OnlyKeys(path, root, "limits", "modalities");
        var limits = YamlData.Mapping(path, YamlData.Require(path, root, "limits", "the limits"), "the limits");
        var cho = YamlData.Mapping(path, YamlData.Require(path, limits, "cho_g_per_h", "the carbohydrate limit"), "the carbohydrate limit");
        YamlData.Scalar(path, YamlData.Require(path, cho, "source", "the limit's source"), "the limit's source");
        var maxCho = YamlData.Number(path, YamlData.Require(path, cho, "max", "the largest cho= in g/h"), "the largest cho= in g/h");

        var modalities = YamlData.Mapping(path, YamlData.Require(path, root, "modalities", "the modalities"), "the modalities");
        var list = ImmutableArray.CreateBuilder<Modality>();
        foreach (var (key, value) in modalities.Children)
        {
            list.Add(Read(path, YamlData.Key(path, key), YamlData.Mapping(path, value, "a modality")));
        }

        return new ModalityCatalog(list.ToImmutable(), maxCho);
    }

    private static Modality Read(string path, string name, YamlMappingNode node)
    {
        YamlData.OnlyKeys(path, node, "amount", "intensities", "active_fraction", "wmax", "resistance", "intervals");
        var amountNode = YamlData.Require(path, node, "amount", "duration, sets or intervals");
        var amount = YamlData.Scalar(path, amountNode, "duration, sets or intervals") switch
        {
            "duration" => AmountForm.Duration,
            "sets" => AmountForm.Sets,
            "intervals" => AmountForm.Intervals,
            var other => throw YamlData.Error(path, amountNode, $"expected duration, sets or intervals, found '{other}'"),
        };
        var intensities = YamlData.Sequence(path, YamlData.Require(path, node, "intensities", "the intensity forms"), "the intensity forms")
            .Children.Select(n => YamlData.Scalar(path, n, "VO2max, Wmax or 1RM") switch
            {
                "VO2max" => IntensityForm.VO2max,
                "Wmax" => IntensityForm.Wmax,
                "1RM" => IntensityForm.OneRM,
                var other => throw YamlData.Error(path, n, $"expected VO2max, Wmax or 1RM, found '{other}'"),
            })
            .ToImmutableArray();
        var fractionNode = YamlData.Require(path, node, "active_fraction", "the active muscle fraction");
        var fraction = YamlData.SourcedNumber(path, node, "active_fraction", "the active muscle fraction");
        if (!(fraction > 0 && fraction <= 1))
        {
            throw YamlData.Error(path, fractionNode, $"the active fraction of {name} must be in (0, 1], found {fraction}");
        }

        WmaxConversion? wmax = null;
        if (YamlData.Find(node, "wmax") is { } w)
        {
            var m = YamlData.Mapping(path, w, "the %Wmax conversion");
            YamlData.Scalar(path, YamlData.Require(path, m, "source", "the conversion's source"), "the conversion's source");
            wmax = new WmaxConversion(
                YamlData.Number(path, YamlData.Require(path, m, "offset", "the offset"), "the offset"),
                YamlData.Number(path, YamlData.Require(path, m, "slope", "the slope"), "the slope"));
        }

        if (intensities.Contains(IntensityForm.Wmax) && wmax is null)
        {
            throw YamlData.Error(path, node, $"{name} accepts %Wmax but has no wmax conversion");
        }

        ResistanceDefaults? resistance = null;
        if (YamlData.Find(node, "resistance") is { } r)
        {
            var m = YamlData.Mapping(path, r, "the resistance defaults");
            resistance = new ResistanceDefaults(
                (int)YamlData.SourcedNumber(path, m, "exercises", "the lifts per session"),
                YamlData.SourcedNumber(path, m, "seconds_per_repetition", "seconds per repetition"),
                YamlData.SourcedNumber(path, m, "rest_between_sets_s", "the rest between sets in seconds"),
                YamlData.SourcedNumber(path, m, "vo2max_per_1rm", "the fraction of VO2max per unit of 1RM"));
        }

        if ((amount == AmountForm.Sets || intensities.Contains(IntensityForm.OneRM)) && resistance is null)
        {
            throw YamlData.Error(path, node, $"{name} takes sets or %1RM but has no resistance defaults");
        }

        IntervalDefaults? intervals = null;
        if (YamlData.Find(node, "intervals") is { } iv)
        {
            var m = YamlData.Mapping(path, iv, "the interval defaults");
            intervals = new IntervalDefaults(
                YamlData.SourcedNumber(path, m, "work_s", "the work bout in seconds"),
                YamlData.SourcedNumber(path, m, "recovery_s", "the recovery in seconds"),
                YamlData.SourcedNumber(path, m, "recovery_ratio", "the recovery as a fraction of the bout"));
        }

        if (amount == AmountForm.Intervals && intervals is null)
        {
            throw YamlData.Error(path, node, $"{name} takes intervals but has no interval defaults");
        }

        return new Modality(name, amount, intensities, fraction, wmax, resistance, intervals);
    }
}
