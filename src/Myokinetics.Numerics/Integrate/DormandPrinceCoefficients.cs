namespace Myokinetics.Numerics.Integrate;

/// <summary>
/// The Dormand–Prince 5(4) tableau (J. R. Dormand and P. J. Prince, "A family of embedded Runge–Kutta
/// formulae", J. Comput. Appl. Math. 6 (1980) 19–26), as listed in Hairer, Nørsett &amp; Wanner,
/// Solving Ordinary Differential Equations I (2nd ed., 1993), Table II.5.2, with the error weights
/// e = b − b̂ and Shampine's dense-output weights d (L. F. Shampine, "Some practical Runge–Kutta
/// formulas", Math. Comp. 46 (1986) 135–150) used by Hairer's code DOPRI5.
/// </summary>
internal static class DormandPrinceCoefficients
{
    public const double C2 = 1.0 / 5.0;
    public const double C3 = 3.0 / 10.0;
    public const double C4 = 4.0 / 5.0;
    public const double C5 = 8.0 / 9.0;

    public const double A21 = 1.0 / 5.0;
    public const double A31 = 3.0 / 40.0;
    public const double A32 = 9.0 / 40.0;
    public const double A41 = 44.0 / 45.0;
    public const double A42 = -56.0 / 15.0;
    public const double A43 = 32.0 / 9.0;
    public const double A51 = 19372.0 / 6561.0;
    public const double A52 = -25360.0 / 2187.0;
    public const double A53 = 64448.0 / 6561.0;
    public const double A54 = -212.0 / 729.0;
    public const double A61 = 9017.0 / 3168.0;
    public const double A62 = -355.0 / 33.0;
    public const double A63 = 46732.0 / 5247.0;
    public const double A64 = 49.0 / 176.0;
    public const double A65 = -5103.0 / 18656.0;

    // The fifth-order weights b (also row 7 of A: the method is FSAL) ...
    public const double B1 = 35.0 / 384.0;
    public const double B3 = 500.0 / 1113.0;
    public const double B4 = 125.0 / 192.0;
    public const double B5 = -2187.0 / 6784.0;
    public const double B6 = 11.0 / 84.0;

    // ... and the error weights e = b − b̂ with b̂ the fourth-order embedded weights.
    public const double E1 = 71.0 / 57600.0;
    public const double E3 = -71.0 / 16695.0;
    public const double E4 = 71.0 / 1920.0;
    public const double E5 = -17253.0 / 339200.0;
    public const double E6 = 22.0 / 525.0;
    public const double E7 = -1.0 / 40.0;

    // Shampine's dense output (the fourth-order continuous extension of DOPRI5).
    public const double D1 = -12715105075.0 / 11282082432.0;
    public const double D3 = 87487479700.0 / 32700410799.0;
    public const double D4 = -10690763975.0 / 1880347072.0;
    public const double D5 = 701980252875.0 / 199316789632.0;
    public const double D6 = -1453857185.0 / 822651844.0;
    public const double D7 = 69997945.0 / 29380423.0;
}
