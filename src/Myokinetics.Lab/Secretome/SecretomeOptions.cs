namespace Myokinetics.Lab.Secretome;

/// <summary>How a secretome is analysed.</summary>
/// <param name="MinValid">A protein is tested when at least this many of its log2 intensities are
/// valid (non-zero) in at least one group; default 2, at least 1.</param>
/// <param name="Impute">Whether missing values of tested proteins are replaced by draws from a
/// down-shifted normal (see <see cref="SecretomeAnalysis"/>); default false, in which case a
/// protein needs two valid values in each group to get a p-value.</param>
/// <param name="Seed">The seed of the imputation; each sample's draws come from a generator seeded from it and the sample's position.</param>
/// <param name="Fdr">The false discovery rate: a protein is significant when its q-value is at most this; default 0.05, in (0, 1].</param>
/// <param name="ImputeWidth">The imputation normal's SD as a fraction of the sample's SD; default 0.3 (Perseus).</param>
/// <param name="ImputeShift">How far below the sample's mean the imputation normal is centred, in the sample's SDs; default 1.8 (Perseus).</param>
/// <param name="Test">The per-protein test; default <see cref="SecretomeTest.Welch"/>.</param>
public sealed record SecretomeOptions(int MinValid = 2, bool Impute = false, int Seed = 1, double Fdr = 0.05, double ImputeWidth = 0.3, double ImputeShift = 1.8, SecretomeTest Test = SecretomeTest.Welch);
