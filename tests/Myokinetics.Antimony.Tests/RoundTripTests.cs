namespace Myokinetics.Antimony.Tests;

/// <summary>read → write → read gives a structurally equal model, for a varied set of models.</summary>
public sealed class RoundTripTests
{
    public static TheoryData<string, string> Models => new()
    {
        {
            "tutorial oscillator",
            """
            model oscli
              J0:    -> S1;  J0_v0
              J1: S1 ->   ;  J1_k3*S1
              J2: S1 -> S2; (J2_k1*S1 - J2_k2*S2)*(1 + J2_c*S2^J2_q)
              J3: S2 ->   ;  J3_k2*S2
              S1 = 0; S2 = 1
              J0_v0 = 8; J1_k3 = 0; J2_k1 = 1; J2_k2 = 0; J2_c = 1; J2_q = 3; J3_k2 = 5
            end
            """
        },
        {
            "every construct",
            """
            function hill(x, n, K)
              x^n / (K^n + x^n)
            end
            function step(t0)
              piecewise(0, time < t0, 1)
            end

            model *crosstalk()
              compartment muscle = 28.5, plasma = 3
              var compartment adipose = 15
              adipose' = -0.01 * adipose
              species IL6 in plasma, $Glc in plasma, irisin in plasma
              substanceOnly species store in muscle
              species FNDC5 in muscle
              IL6 = 1.5e-3; Glc = 5; irisin = 0; FNDC5 = kF * 2; store = 12.5
              kF = 0.25; ksec = 1e-3; kdeg = log(2) / 1.5; ex = 0; Vm = 3.3; Km = 0.4
              drive := ex * (1 + 0.5 * sin(2 * pi * time / 24))
              signal := hill(IL6, 2, 0.01)
              0 = total - IL6 - irisin
              total = 2
              release: FNDC5 => irisin; ksec * FNDC5 * drive * muscle
              clear: irisin -> ; kdeg * irisin * plasma
              uptake in plasma: 2.5 Glc + store -> ; Vm * Glc / (Km + Glc) * signal
              J4: -> IL6; ksec * drive
              bout: at 1 after time >= 8, priority = 2, t0 = false, persistent = false, fromTrigger = false: ex = 1, kF = kF * 1.1
              at time >= 9: ex = 0
              at time >= step(10) && ex == 0 || Glc < 1: Glc = 5
              unit mM = 1e-3 mole / litre
              unit per_h = 1 / 3600 second
              unit um2 = 1e-6 metre^2
              ksec has per_h
              kdeg = 0.462 per_h
              IL6 has mM
              muscle has litre
              IL6 is "Interleukin-6"
              clear is "Clearance of irisin"
              model is "Muscle-organ crosstalk"
              IL6 identity "http://identifiers.org/uniprot/P05231"
              IL6 isVersionOf "http://identifiers.org/go/GO:0005125",
                              "http://identifiers.org/go/GO:0005615"
              irisin origin "http://identifiers.org/biomodels.db/BIOMD0000000001"
              model description "http://identifiers.org/pubmed/18390001"
              model taxon "http://identifiers.org/taxonomy/9606"
              IL6.sboTerm = 252
              release.sboTerm = SBO:0000185
              release.kineticLaw.sboTerm = 49
              clear.kineticLaw identity "http://identifiers.org/sbo/SBO:0000049"
              model.sboTerm = 4
              kF notes "Fold change of FNDC5 per bout \"quoted\""
              muscle notes ```
                 Skeletal muscle volume (litres),
                 from lean mass
              ```
            end
            """
        },
        {
            "modules",
            """
            model side_reaction(S, k1)
              J0: S + E -> ES; k1*k2*S*E - k2*ES;
              E = 3; ES = E+S; k2 = 0.4;
            end
            model full_pathway
                -> S1; k1
              S1 -> S2; k2*S1
              S2 ->   ; k3*S2
              A: side_reaction(S1, k4)
              B: side_reaction(S2, k5)
              S1 = 0; S2 = 0; k1 = 0.3; k2 = 2.3; k3 = 3.5; k4 = 0.0004; k5 = 1
              B.E = 10
            end
            """
        },
        {
            "constancy and boundaries",
            """
            var species S
            S := 2 * k
            species T, $U
            const T
            T = 1; U = 2
            var k
            k = 3
            const compartment C = 1
            C' = 0
            formula q
            unit substance = 1e-6 mole
            unit time_unit = 60 second
            """
        },
        {
            "awkward numbers",
            """
            a = 1e-300; b = -2.5; c = 3.141592653589793; d = NaN; e = inf; f = -inf; g = 0.1; h = 123456789.125
            i := -x^2 + (-x)^2 - -3 + 2^-1
            x = -0
            j := a && b || !c && (d || e)
            k := piecewise(1, a > b, 2, a < b) + max(a, b, c) * rem(g, h) + delay(a, 2) + rateOf(x)
            """
        },
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void Read_Write_Read_Gives_An_Equal_Model(string name, string text)
    {
        var first = AntimonyReader.ReadString(text, name).Model;

        var written = AntimonyWriter.WriteWithDiagnostics(first);
        var second = AntimonyReader.ReadString(written.Text, name + " (written)").Model;

        ModelComparer.AssertEqual(first, second);
        Assert.Empty(written.Diagnostics);
        Assert.Equal(written.Text, AntimonyWriter.Write(second));
    }
}
