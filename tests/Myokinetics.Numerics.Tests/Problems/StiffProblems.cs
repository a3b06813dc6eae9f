namespace Myokinetics.Numerics.Tests.Problems;

/// <summary>
/// Stiff problems of the IVP Test Set (F. Mazzia and C. Magherini, "Test Set for IVP Solvers",
/// release 2.4, Department of Mathematics, University of Bari, 2008), with the reference solutions
/// at the end time printed in the Test Set's problem files (subroutine solut of rober.f, hires.f,
/// vdpolm.f, orego.f and pollu.f, computed there with RADAU/RADAU5 in extended precision at
/// rtol = atol = 1.1e-18). The same problems are written as Antimony files in models/reference/.
/// Equation and index numbering here is 0-based (the Test Set counts from 1).
/// </summary>
public static class StiffProblems
{
    /// <summary>ROBER: Robertson's chemical kinetics, 3 ODEs on [0, 1e11].</summary>
    public static ReferenceProblem Robertson(bool analyticJacobian = true) => new(
        "ROBER",
        new DelegateSystem(
            3,
            (_, y, f) =>
            {
                f[0] = -0.04 * y[0] + 1e4 * y[1] * y[2];
                f[1] = 0.04 * y[0] - 1e4 * y[1] * y[2] - 3e7 * y[1] * y[1];
                f[2] = 3e7 * y[1] * y[1];
            },
            analyticJacobian
                ? (_, y, j) =>
                {
                    j[0] = -0.04; j[1] = 1e4 * y[2]; j[2] = 1e4 * y[1];
                    j[3] = 0.04; j[4] = -1e4 * y[2] - 6e7 * y[1]; j[5] = -1e4 * y[1];
                    j[6] = 0; j[7] = 6e7 * y[1]; j[8] = 0;
                }
                : null),
        [1, 0, 0],
        1e11,
        [0.2083340149701255e-07, 0.8333360770334713e-13, 0.9999999791665050]);

    /// <summary>ROBER written as a semi-explicit index-1 DAE: the third equation replaced by the
    /// conservation law 0 = y1 + y2 + y3 − 1 (mass diagonal (1, 1, 0)); same reference solution.</summary>
    public static ReferenceProblem RobertsonDae(bool analyticJacobian = true) => new(
        "ROBER-DAE",
        new DelegateSystem(
            3,
            (_, y, f) =>
            {
                f[0] = -0.04 * y[0] + 1e4 * y[1] * y[2];
                f[1] = 0.04 * y[0] - 1e4 * y[1] * y[2] - 3e7 * y[1] * y[1];
                f[2] = y[0] + y[1] + y[2] - 1;
            },
            analyticJacobian
                ? (_, y, j) =>
                {
                    j[0] = -0.04; j[1] = 1e4 * y[2]; j[2] = 1e4 * y[1];
                    j[3] = 0.04; j[4] = -1e4 * y[2] - 6e7 * y[1]; j[5] = -1e4 * y[1];
                    j[6] = 1; j[7] = 1; j[8] = 1;
                }
                : null,
            [1, 1, 0]),
        [1, 0, 0],
        1e11,
        [0.2083340149701255e-07, 0.8333360770334713e-13, 0.9999999791665050]);

    /// <summary>HIRES: "High Irradiance RESponse" of plant morphogenesis, 8 ODEs on [0, 321.8122].</summary>
    public static ReferenceProblem Hires() => new(
        "HIRES",
        new DelegateSystem(
            8,
            (_, y, f) =>
            {
                f[0] = -1.71 * y[0] + 0.43 * y[1] + 8.32 * y[2] + 0.0007;
                f[1] = 1.71 * y[0] - 8.75 * y[1];
                f[2] = -10.03 * y[2] + 0.43 * y[3] + 0.035 * y[4];
                f[3] = 8.32 * y[1] + 1.71 * y[2] - 1.12 * y[3];
                f[4] = -1.745 * y[4] + 0.43 * y[5] + 0.43 * y[6];
                f[5] = -280 * y[5] * y[7] + 0.69 * y[3] + 1.71 * y[4] - 0.43 * y[5] + 0.69 * y[6];
                f[6] = 280 * y[5] * y[7] - 1.81 * y[6];
                f[7] = -f[6];
            },
            (_, y, j) =>
            {
                Array.Clear(j);
                j[0 * 8 + 0] = -1.71; j[0 * 8 + 1] = 0.43; j[0 * 8 + 2] = 8.32;
                j[1 * 8 + 0] = 1.71; j[1 * 8 + 1] = -8.75;
                j[2 * 8 + 2] = -10.03; j[2 * 8 + 3] = 0.43; j[2 * 8 + 4] = 0.035;
                j[3 * 8 + 1] = 8.32; j[3 * 8 + 2] = 1.71; j[3 * 8 + 3] = -1.12;
                j[4 * 8 + 4] = -1.745; j[4 * 8 + 5] = 0.43; j[4 * 8 + 6] = 0.43;
                j[5 * 8 + 3] = 0.69; j[5 * 8 + 4] = 1.71; j[5 * 8 + 5] = -280 * y[7] - 0.43;
                j[5 * 8 + 6] = 0.69; j[5 * 8 + 7] = -280 * y[5];
                j[6 * 8 + 5] = 280 * y[7]; j[6 * 8 + 6] = -1.81; j[6 * 8 + 7] = 280 * y[5];
                j[7 * 8 + 5] = -280 * y[7]; j[7 * 8 + 6] = 1.81; j[7 * 8 + 7] = -280 * y[5];
            }),
        [1, 0, 0, 0, 0, 0, 0, 0.0057],
        321.8122,
        [
            0.7371312573325668e-3, 0.1442485726316185e-3, 0.5888729740967575e-4, 0.1175651343283149e-2,
            0.2386356198831331e-2, 0.6238968252742796e-2, 0.2849998395185769e-2, 0.2850001604814231e-2,
        ]);

    /// <summary>
    /// VDPOLM: the Van der Pol oscillator with μ = 1000 in its original (unscaled) time,
    /// y1' = y2, y2' = μ (1 − y1²) y2 − y1, y(0) = (2, 0), on [0, 2000] (the Test Set's "modified"
    /// VDPOL; its VDPOL is the same problem with t scaled by 1/μ and y2 by μ, ε = 1/μ² = 1e-6, on [0, 2]).
    /// </summary>
    public static ReferenceProblem VanDerPol() => new(
        "VDPOL-mu1000",
        new DelegateSystem(
            2,
            (_, y, f) =>
            {
                f[0] = y[1];
                f[1] = 1000 * (1 - y[0] * y[0]) * y[1] - y[0];
            },
            (_, y, j) =>
            {
                j[0] = 0; j[1] = 1;
                j[2] = -2000 * y[0] * y[1] - 1; j[3] = 1000 * (1 - y[0] * y[0]);
            }),
        [2, 0],
        2000,
        [0.1706167732170469e1, -0.8928097010248125e-3]);

    /// <summary>OREGO: the Oregonator (Belousov–Zhabotinskii reaction), 3 ODEs on [0, 360].</summary>
    public static ReferenceProblem Orego() => new(
        "OREGO",
        new DelegateSystem(
            3,
            (_, y, f) =>
            {
                f[0] = 77.27 * (y[1] + y[0] * (1 - 8.375e-6 * y[0] - y[1]));
                f[1] = (y[2] - (1 + y[0]) * y[1]) / 77.27;
                f[2] = 0.161 * (y[0] - y[2]);
            },
            (_, y, j) =>
            {
                j[0] = 77.27 * (1 - 2 * 8.375e-6 * y[0] - y[1]); j[1] = 77.27 * (1 - y[0]); j[2] = 0;
                j[3] = -y[1] / 77.27; j[4] = -(1 + y[0]) / 77.27; j[5] = 1 / 77.27;
                j[6] = 0.161; j[7] = 0; j[8] = -0.161;
            }),
        [1, 2, 3],
        360,
        [0.1000814870318523e1, 0.1228178521549917e4, 0.1320554942846706e3]);

    /// <summary>POLLU: the chemical part of the RIVM air pollution model (Verwer 1994), 20 ODEs,
    /// 25 reactions, on [0, 60]. Given without an analytic Jacobian, so it exercises the
    /// finite-difference Jacobian.</summary>
    public static ReferenceProblem Pollution() => new(
        "POLLU",
        new DelegateSystem(20, PollutionRhs),
        [0, 0.2, 0, 0.04, 0, 0, 0.1, 0.3, 0.01, 0, 0, 0, 0, 0, 0, 0, 0.007, 0, 0, 0],
        60,
        [
            0.5646255480022769e-01, 0.1342484130422339e+00, 0.4139734331099427e-08, 0.5523140207484359e-02,
            0.2018977262302196e-06, 0.1464541863493966e-06, 0.7784249118997964e-01, 0.3245075353396018e+00,
            0.7494013383880406e-02, 0.1622293157301561e-07, 0.1135863833257075e-07, 0.2230505975721359e-02,
            0.2087162882798630e-03, 0.1396921016840158e-04, 0.8964884856898295e-02, 0.4352846369330103e-17,
            0.6899219696263405e-02, 0.1007803037365946e-03, 0.1772146513969984e-05, 0.5682943292316392e-04,
        ]);

    private static void PollutionRhs(double t, double[] y, double[] f)
    {
        const double k1 = 0.35, k2 = 0.266e2, k3 = 0.123e5, k4 = 0.86e-3, k5 = 0.82e-3;
        const double k6 = 0.15e5, k7 = 0.13e-3, k8 = 0.24e5, k9 = 0.165e5, k10 = 0.9e4;
        const double k11 = 0.22e-1, k12 = 0.12e5, k13 = 0.188e1, k14 = 0.163e5, k15 = 0.48e7;
        const double k16 = 0.35e-3, k17 = 0.175e-1, k18 = 0.1e9, k19 = 0.444e12, k20 = 0.124e4;
        const double k21 = 0.21e1, k22 = 0.578e1, k23 = 0.474e-1, k24 = 0.178e4, k25 = 0.312e1;

        double r1 = k1 * y[0];
        double r2 = k2 * y[1] * y[3];
        double r3 = k3 * y[4] * y[1];
        double r4 = k4 * y[6];
        double r5 = k5 * y[6];
        double r6 = k6 * y[6] * y[5];
        double r7 = k7 * y[8];
        double r8 = k8 * y[8] * y[5];
        double r9 = k9 * y[10] * y[1];
        double r10 = k10 * y[10] * y[0];
        double r11 = k11 * y[12];
        double r12 = k12 * y[9] * y[1];
        double r13 = k13 * y[13];
        double r14 = k14 * y[0] * y[5];
        double r15 = k15 * y[2];
        double r16 = k16 * y[3];
        double r17 = k17 * y[3];
        double r18 = k18 * y[15];
        double r19 = k19 * y[15];
        double r20 = k20 * y[16] * y[5];
        double r21 = k21 * y[18];
        double r22 = k22 * y[18];
        double r23 = k23 * y[0] * y[3];
        double r24 = k24 * y[18] * y[0];
        double r25 = k25 * y[19];

        f[0] = -r1 - r10 - r14 - r23 - r24 + r2 + r3 + r9 + r11 + r12 + r22 + r25;
        f[1] = -r2 - r3 - r9 - r12 + r1 + r21;
        f[2] = -r15 + r1 + r17 + r19 + r22;
        f[3] = -r2 - r16 - r17 - r23 + r15;
        f[4] = -r3 + r4 + r4 + r6 + r7 + r13 + r20;
        f[5] = -r6 - r8 - r14 - r20 + r3 + r18 + r18;
        f[6] = -r4 - r5 - r6 + r13;
        f[7] = r4 + r5 + r6 + r7;
        f[8] = -r7 - r8;
        f[9] = -r12 + r7 + r9;
        f[10] = -r9 - r10 + r8 + r11;
        f[11] = r9;
        f[12] = -r11 + r10;
        f[13] = -r13 + r12;
        f[14] = r14;
        f[15] = -r18 - r19 + r16;
        f[16] = -r20;
        f[17] = r20;
        f[18] = -r21 - r22 - r24 + r23 + r25;
        f[19] = -r25 + r24;
    }
}
