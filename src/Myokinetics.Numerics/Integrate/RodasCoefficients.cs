namespace Myokinetics.Numerics.Integrate;

/// <summary>
/// The coefficients of RODAS4 (Hairer &amp; Wanner, Solving Ordinary Differential Equations II, 2nd ed.,
/// Springer 1996, Section VI.4, Table 4.3 and their code rodas.f, method choice METH = 1): a stiffly
/// accurate 6-stage Rosenbrock method of order 4 with an embedded method of order 3 and a
/// continuous extension, in the transformed form that needs no matrix–vector products with J:
/// with U_i the transformed stages and E = M/(γh) − J,
/// <code>
/// E · U_i = f(t + c_i h, y + Σ_{j&lt;i} a_ij U_j) + d_i h ∂f/∂t + M · Σ_{j&lt;i} (c_ij / h) U_j ,
/// y_new = y + Σ_{j≤5} a_6j U_j + U_6   (a_6j = a_5j, a_65 = 1; stiffly accurate),
/// error  = U_6 .
/// </code>
/// Here a = α·Γ⁻¹, c = diag(1/γ) − Γ⁻¹ for the classical coefficients α_ij, γ_ij of the method,
/// c_i = Σ_j α_ij and d_i = Σ_j γ_ij; the tests rebuild α, Γ and b from these numbers and check the
/// eight order conditions of order 4 and the three-term embedded conditions.
/// </summary>
internal static class RodasCoefficients
{
    /// <summary>γ, the diagonal of Γ.</summary>
    public const double Gamma = 0.25;

    public const double C2 = 0.386;
    public const double C3 = 0.21;
    public const double C4 = 0.63;

    public const double D1 = 0.25;
    public const double D2 = -0.1043;
    public const double D3 = 0.1035;
    public const double D4 = -0.3620000000000023e-01;

    public const double A21 = 0.1544000000000000e+01;
    public const double A31 = 0.9466785280815826e+00;
    public const double A32 = 0.2557011698983284e+00;
    public const double A41 = 0.3314825187068521e+01;
    public const double A42 = 0.2896124015972201e+01;
    public const double A43 = 0.9986419139977817e+00;
    public const double A51 = 0.1221224509226641e+01;
    public const double A52 = 0.6019134481288629e+01;
    public const double A53 = 0.1253708332932087e+02;
    public const double A54 = -0.6878860361058950e+00;

    public const double C21 = -0.5668800000000000e+01;
    public const double C31 = -0.2430093356833875e+01;
    public const double C32 = -0.2063599157091915e+00;
    public const double C41 = -0.1073529058151375e+00;
    public const double C42 = -0.9594562251023355e+01;
    public const double C43 = -0.2047028614809616e+02;
    public const double C51 = 0.7496443313967647e+01;
    public const double C52 = -0.1024680431464352e+02;
    public const double C53 = -0.3399990352819905e+02;
    public const double C54 = 0.1170890893206160e+02;
    public const double C61 = 0.8083246795921522e+01;
    public const double C62 = -0.7981132988064893e+01;
    public const double C63 = -0.3152159432874371e+02;
    public const double C64 = 0.1631930543123136e+02;
    public const double C65 = -0.6058818238834054e+01;

    // Continuous extension: y(t + θh) = (1 − θ)·y + θ·(y_new + (1 − θ)·(q1 + θ·q2)),
    // q1 = Σ D2j·U_j and q2 = Σ D3j·U_j (rodas.f, subroutine ROCOE).
    public const double D21 = 0.1012623508344586e+02;
    public const double D22 = -0.7487995877610167e+01;
    public const double D23 = -0.3480091861555747e+02;
    public const double D24 = -0.7992771707568823e+01;
    public const double D25 = 0.1025137723295662e+01;
    public const double D31 = -0.6762803392801253e+00;
    public const double D32 = 0.6087714651680015e+01;
    public const double D33 = 0.1643084320892478e+02;
    public const double D34 = 0.2476722511418386e+02;
    public const double D35 = -0.6594389125716872e+01;
}
