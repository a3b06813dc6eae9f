namespace Myokinetics.Sbml.Comp;

/// <summary>What a reference to an element becomes in the flat model: the flat id of the element that
/// stands for it, times a conversion <paramref name="Factor"/>.</summary>
internal readonly record struct Reference(string Name, Product Factor)
{
    /// <summary>The reference as a product, for use as a conversion factor.</summary>
    public Product AsProduct() => Product.Of(Name).Times(Factor);
}
