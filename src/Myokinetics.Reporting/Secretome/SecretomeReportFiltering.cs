namespace Myokinetics.Reporting.Secretome;

/// <summary>The filtering summary of a secretome comparison, in protein groups (and imputed values).</summary>
/// <param name="Read">The protein groups in the file.</param>
/// <param name="Removed">Dropped as reverse (decoy), contaminant or only identified by site.</param>
/// <param name="FailingValidValues">Kept rows failing the valid-value filter.</param>
/// <param name="MinValid">The filter: at least this many valid values in at least one group.</param>
/// <param name="Tested">Proteins with a p-value.</param>
/// <param name="ImputedValues">Missing values replaced by imputation; null when imputation was off.</param>
public sealed record SecretomeReportFiltering(int Read, int Removed, int FailingValidValues, int MinValid, int Tested, int? ImputedValues);
