namespace Myokinetics.Sbml.Comp;

/// <summary>A product of model quantities named by their flat ids, some inverted: the conversion
/// factors (comp V1, Submodel and ReplacedElement) the flattener multiplies expressions by. A name in both
/// the numerator and the denominator cancels.</summary>
internal sealed class Product
{
    public static readonly Product One = new(ImmutableArray<string>.Empty, ImmutableArray<string>.Empty);

    private Product(ImmutableArray<string> numerator, ImmutableArray<string> denominator)
    {
        Numerator = numerator;
        Denominator = denominator;
    }

    public ImmutableArray<string> Numerator { get; }

    public ImmutableArray<string> Denominator { get; }

    public bool IsOne => Numerator.IsEmpty && Denominator.IsEmpty;

    public static Product Of(string name) => new(ImmutableArray.Create(name), ImmutableArray<string>.Empty);

    public Product Inverse() => new(Denominator, Numerator);

    public Product Times(Product other)
    {
        if (other.IsOne)
        {
            return this;
        }

        var numerator = Numerator.AddRange(other.Numerator).ToList();
        var denominator = new List<string>();
        foreach (var name in Denominator.AddRange(other.Denominator))
        {
            if (!numerator.Remove(name))
            {
                denominator.Add(name);
            }
        }

        return new Product(numerator.ToImmutableArray(), denominator.ToImmutableArray());
    }
}
