using System.Globalization;
using Myokinetics.Core.Compile;
using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Analysis.Populations;

/// <summary>
/// Draws subjects of a population for one model: subject <c>i</c>'s values are a pure function of
/// the seed and <c>i</c> (see <see cref="CounterRandom"/>), whatever thread or shard computes them.
/// </summary>
/// <remarks>
/// For each subject, parameter <c>k</c> (in file order) takes draw <c>k</c> of the subject's stream as
/// a uniform u, ε = Φ⁻¹(u); correlated parameters mix their ε through the Cholesky factor of the
/// correlation matrix (z = L·ε, a Gaussian copula); each z becomes a value through its marginal; a
/// parameter given <c>relative_to</c> another is finally multiplied by that one's value.
/// </remarks>
public sealed class PopulationSampler
{
    private readonly Marginal[] marginals;
    private readonly int[] relativeIndex;
    private readonly double[] relativeValue;
    private readonly bool[] relative;
    private readonly double[,]? lower;
    private readonly ulong seed;

    private PopulationSampler(ImmutableArray<string> ids, Marginal[] marginals, int[] relativeIndex, double[] relativeValue, double[,]? lower, ulong seed)
    {
        ParameterIds = ids;
        this.marginals = marginals;
        this.relativeIndex = relativeIndex;
        this.relativeValue = relativeValue;
        relative = [.. relativeIndex.Select((j, k) => j >= 0 || !double.IsNaN(relativeValue[k]))];
        this.lower = lower;
        this.seed = seed;
    }

    /// <summary>The varying parameters' ids, in the order of <see cref="Draw"/>'s values.</summary>
    public ImmutableArray<string> ParameterIds { get; }

    /// <summary>
    /// Checks <paramref name="population"/> against <paramref name="model"/> and resolves its numbers:
    /// a missing mean is the model's value (or, with <c>relative_to</c>, the ratio of the two model values).
    /// </summary>
    /// <param name="population">The population as read.</param>
    /// <param name="model">The compiled model the subjects are simulated with.</param>
    /// <param name="seed">The population's seed.</param>
    /// <exception cref="ModelValidationException">An id the model does not have (the message names the
    /// file, the line and the nearest id), a value the model computes (so a drawn value would be
    /// overwritten), a distribution that cannot be drawn, or correlations that are not positive definite.</exception>
    public static PopulationSampler Create(PopulationDefinition population, CompiledModel model, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(model);
        var parameters = population.Parameters;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < parameters.Length; k++)
        {
            index[parameters[k].Id] = k;
        }

        var marginals = new Marginal[parameters.Length];
        var relativeIndex = new int[parameters.Length];
        var relativeValue = new double[parameters.Length];
        for (var k = 0; k < parameters.Length; k++)
        {
            var p = parameters[k];
            var own = DeclaredValue(model, p.Id, p.Location, "parameter");
            var mean = p.Mean ?? own;
            relativeIndex[k] = -1;
            relativeValue[k] = double.NaN;
            if (p.RelativeTo is { } reference)
            {
                var baseValue = DeclaredValue(model, reference, p.Location, "relative_to");
                if (index.TryGetValue(reference, out var j))
                {
                    if (parameters[j].RelativeTo is not null)
                    {
                        throw new ModelValidationException($"parameter '{p.Id}' is relative_to '{reference}', which is itself relative to '{parameters[j].RelativeTo}'; relate both to the same absolute parameter", p.Location);
                    }

                    relativeIndex[k] = j;
                }

                if (!(baseValue != 0) && p.Mean is null)
                {
                    throw new ModelValidationException($"parameter '{p.Id}': the model's '{reference}' is 0, so the ratio cannot default to the model's values; give 'mean' (the ratio)", p.Location);
                }

                relativeValue[k] = baseValue;
                mean = p.Mean ?? (own / baseValue);
            }

            marginals[k] = Marginal.Create(p, mean, out var error);
            if (error is not null)
            {
                throw new ModelValidationException($"parameter '{p.Id}': {error}", p.Location);
            }
        }

        return new PopulationSampler(
            [.. parameters.Select(p => p.Id)],
            marginals,
            relativeIndex,
            relativeValue,
            CorrelationFactor(population, index),
            seed);
    }

    /// <summary>The parameter values of subject <paramref name="subject"/> (a 1-based subject number)
    /// into <paramref name="values"/>, in the order of <see cref="ParameterIds"/>.</summary>
    public void Draw(long subject, Span<double> values)
    {
        var count = marginals.Length;
        if (values.Length < count)
        {
            throw new ArgumentException($"room for {count} values is needed", nameof(values));
        }

        var random = new CounterRandom(seed, unchecked((ulong)subject));
        Span<double> normals = count <= 64 ? stackalloc double[count] : new double[count];
        for (var k = 0; k < count; k++)
        {
            normals[k] = StandardNormal.Quantile(random.Uniform((ulong)k));
        }

        for (var k = count - 1; k >= 0; k--)
        {
            var z = normals[k];
            if (lower is not null)
            {
                z = 0;
                for (var j = 0; j <= k; j++)
                {
                    z += lower[k, j] * normals[j];
                }
            }

            values[k] = marginals[k].FromNormal(z);
        }

        for (var k = 0; k < count; k++)
        {
            if (relative[k])
            {
                values[k] *= relativeIndex[k] >= 0 ? values[relativeIndex[k]] : relativeValue[k];
            }
        }
    }

    /// <summary>The values of subject <paramref name="subject"/> by id, as the simulator's changes.</summary>
    public Dictionary<string, double> Changes(long subject)
    {
        var values = new double[marginals.Length];
        Draw(subject, values);
        var changes = new Dictionary<string, double>(values.Length, StringComparer.Ordinal);
        for (var k = 0; k < values.Length; k++)
        {
            changes[ParameterIds[k]] = values[k];
        }

        return changes;
    }

    private static double DeclaredValue(CompiledModel model, string id, SourceLocation location, string what)
    {
        var ir = model.Model;
        var parameter = ir.Parameters.FirstOrDefault(p => p.Id == id);
        var compartment = parameter is null ? ir.Compartments.FirstOrDefault(c => c.Id == id) : null;
        if (parameter is null && compartment is null)
        {
            var candidates = ir.Parameters.Select(p => p.Id).Concat(ir.Compartments.Select(c => c.Id));
            var near = NearestId.Find(id, candidates);
            var hint = near is null ? string.Empty : $"; did you mean '{near}'?";
            var kind = model.Find(id) is { } other ? $" ('{id}' is a {other.Kind.ToString().ToLowerInvariant()}; only parameters and compartment sizes can vary)" : string.Empty;
            throw new ModelValidationException($"unknown {what} '{id}': model '{ir.Id}' has no parameter or compartment of that name{kind}{hint}", location);
        }

        if (ir.InitialAssignments.Any(a => a.Symbol == id))
        {
            throw new ModelValidationException($"'{id}' is computed by an initial assignment of model '{ir.Id}', which would overwrite a drawn value; vary the values it is computed from instead", location);
        }

        var symbol = model.Find(id);
        if (symbol is { Determination: Determination.Assigned or Determination.Algebraic })
        {
            throw new ModelValidationException($"'{id}' is given by a rule of model '{ir.Id}' at all times, so it cannot vary between subjects; vary the values its rule reads instead", location);
        }

        var value = parameter is not null ? parameter.Value : compartment!.Size;
        return value ?? throw new ModelValidationException($"'{id}' has no declared value in model '{ir.Id}'", location);
    }

    private static double[,]? CorrelationFactor(PopulationDefinition population, Dictionary<string, int> index)
    {
        if (population.Correlations.IsDefaultOrEmpty)
        {
            return null;
        }

        var n = population.Parameters.Length;
        var matrix = new double[n, n];
        for (var k = 0; k < n; k++)
        {
            matrix[k, k] = 1;
        }

        foreach (var c in population.Correlations)
        {
            foreach (var id in new[] { c.First, c.Second })
            {
                if (!index.ContainsKey(id))
                {
                    var near = NearestId.Find(id, index.Keys);
                    throw new ModelValidationException($"correlation names '{id}', which is not among the population's parameters{(near is null ? string.Empty : $"; did you mean '{near}'?")}", c.Location);
                }
            }

            int i = index[c.First], j = index[c.Second];
            if (matrix[i, j] != 0)
            {
                throw new ModelValidationException($"the correlation of '{c.First}' and '{c.Second}' is given twice", c.Location);
            }

            matrix[i, j] = matrix[j, i] = c.Coefficient;
        }

        return Cholesky.TryFactor(matrix) ?? throw new ModelValidationException(
            string.Create(CultureInfo.InvariantCulture, $"the correlations do not form a positive-definite matrix (no population can have them all at once); weaken some of them"),
            new SourceLocation(population.File, population.Correlations[0].Location.Line, population.Correlations[0].Location.Column));
    }
}
