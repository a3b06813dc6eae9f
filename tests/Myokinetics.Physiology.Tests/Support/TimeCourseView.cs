using Myokinetics.Core.Results;

namespace Myokinetics.Physiology.Tests.Support;

/// <summary>A time course with the lookups the metabolic validation tests use.</summary>
internal sealed class TimeCourseView(TimeCourse result)
{
    /// <summary>The value nearest <paramref name="time"/>.</summary>
    public double At(string variable, double time) => result.At(variable, time);

    /// <summary>The peak and its time.</summary>
    public (double Value, double Time) Peak(string variable) => result.Peak(variable);

    /// <summary>All values of one variable.</summary>
    public double[] Column(string variable) => result.Column(variable);
}
