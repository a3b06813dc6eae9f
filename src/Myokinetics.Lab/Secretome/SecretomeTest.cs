namespace Myokinetics.Lab.Secretome;

/// <summary>The per-protein test of a secretome comparison.</summary>
public enum SecretomeTest
{
    /// <summary>Welch's unequal-variance t-test (<see cref="WelchTest"/>). The default.</summary>
    Welch,

    /// <summary>The empirical Bayes moderated t (<see cref="ModeratedTTest"/>, <see cref="EmpiricalBayes"/>):
    /// each protein's variance borrows strength from all proteins', as limma's <c>eBayes</c>.</summary>
    Moderated,
}
