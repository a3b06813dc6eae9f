using Myokinetics.Core.Math;
using Myokinetics.Core.Math.Infix;
using Myokinetics.Core.Math.Symbolic;
using Myokinetics.Core.Tests.Support;

namespace Myokinetics.Core.Tests.Math.Symbolic;

public sealed class DifferentiatorTests
{
    private static readonly Differentiator ByX = new(leaf => leaf is SymbolNode { Name: "x" } ? NumberNode.One : NumberNode.Zero);

    /// <summary>Every differentiable operator, checked against a central difference of the compiled expression.</summary>
    [Theory]
    [InlineData("3*x^2 + 2*x - 7", 0.7)]
    [InlineData("x^x", 1.3)]
    [InlineData("2^x", 0.4)]
    [InlineData("x / (1 + x^2)", 0.9)]
    [InlineData("exp(-x) * sin(3*x)", 0.6)]
    [InlineData("ln(x) + log10(x) + log(2, x)", 1.7)]
    [InlineData("sqrt(x) + root(3, x)", 2.2)]
    [InlineData("abs(x - 1)", 0.3)]
    [InlineData("abs(x - 1)", 1.4)]
    [InlineData("cos(x) + tan(x) + sec(x) + csc(x) + cot(x)", 0.8)]
    [InlineData("sinh(x) + cosh(x) + tanh(x) + sech(x) + csch(x) + coth(x)", 0.8)]
    [InlineData("arcsin(x) + arccos(x) + arctan(x) + arccot(x)", 0.45)]
    [InlineData("arcsec(x) + arccsc(x) + arccosh(x) + arcsech(1/x)", 1.6)]
    [InlineData("arcsinh(x) + arctanh(x/2) + arccoth(2*x) + arccsch(x)", 0.7)]
    [InlineData("max(x, 2*x - 1, 0.5)", 0.2)]
    [InlineData("max(x, 2*x - 1, 0.5)", 0.8)]
    [InlineData("max(x, 2*x - 1, 0.5)", 1.6)]
    [InlineData("min(x^2, 1 - x)", 0.3)]
    [InlineData("piecewise(x^2, x < 1, 3*x)", 0.5)]
    [InlineData("piecewise(x^2, x < 1, 3*x)", 2.5)]
    [InlineData("x * floor(3.5) + ceil(2.1) * x^3", 0.9)]
    [InlineData("rem(5*x, 2)", 0.3)]
    [InlineData("x^(-2) - 1/x", 1.9)]
    public void Symbolic_Derivative_Matches_Central_Difference(string formula, double x)
    {
        var f = InfixParser.Parse(formula);
        var derivative = ByX.Differentiate(f);
        var symbolic = Evaluate.At(derivative, x);
        var h = 1e-6 * System.Math.Max(1.0, System.Math.Abs(x));
        var numeric = (Evaluate.At(f, x + h) - Evaluate.At(f, x - h)) / (2 * h);
        Assert.True(
            System.Math.Abs(symbolic - numeric) <= 1e-6 * System.Math.Max(1.0, System.Math.Abs(numeric)),
            $"d/dx {formula} at x = {x}: symbolic {symbolic}, central difference {numeric}");
    }

    [Fact]
    public void Derivative_Of_An_Expression_Without_The_Variable_Is_Zero()
    {
        Assert.Equal(NumberNode.Zero, ByX.Differentiate(InfixParser.Parse("k * exp(y) + time")));
    }

    [Theory]
    [InlineData("max(y - 1, 0) * x", "max(y - 1, 0)")] // max of terms without x: no piecewise(0, …, 0) factor
    [InlineData("min(1, y) * exp(x)", "exp(x) * min(1, y)")]
    [InlineData("piecewise(2 * y, y > 0, y) + x", "1")] // pieces whose derivatives all agree fold to one
    [InlineData("max(x - 1, 0)", "piecewise(1, x - 1 >= 0, 0)")] // a single comparison, not and(…)
    [InlineData("piecewise(x, y > 0, 2 * x, y < -1, x)", "piecewise(1, y > 0, 2, y < -1, 1)")] // a middle piece stays
    public void Derivatives_Of_Piecewise_Terms_Fold_What_Does_Not_Depend_On_The_Variable(string formula, string expected)
    {
        var derivative = ByX.Differentiate(InfixParser.Parse(formula));

        Assert.Equal(expected, InfixFormatter.Format(derivative));
    }

    [Fact]
    public void A_User_Function_Call_Must_Be_Inlined_First()
    {
        Assert.Throws<NotDifferentiableException>(() => ByX.Differentiate(InfixParser.Parse("f(x)")));
    }

    [Fact]
    public void Delay_Of_A_Varying_Quantity_Has_No_Derivative_Unless_Past_Values_Are_Independent()
    {
        var delayed = InfixParser.Parse("delay(x, 2)");
        Assert.Throws<NotDifferentiableException>(() => ByX.Differentiate(delayed));
        var partial = new Differentiator(ByX.LeafDerivative) { DelayIsIndependent = true };
        Assert.Equal(NumberNode.Zero, partial.Differentiate(delayed));
    }
}
