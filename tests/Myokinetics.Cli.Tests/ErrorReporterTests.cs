using Myokinetics.Core.Diagnostics;

namespace Myokinetics.Cli.Tests;

public sealed class ErrorReporterTests
{
    [Fact]
    public void An_Unexpected_Exception_Is_An_Internal_Error_Without_Stack_Trace()
    {
        using var error = new StringWriter { NewLine = "\n" };

        var code = ErrorReporter.Report(Thrown(new InvalidOperationException("the state\nis odd")), error, verbose: false);

        Assert.Equal(3, code);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("myokinetics: internal error: System.InvalidOperationException: the state is odd", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.DoesNotContain(" at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_Adds_The_Stack_Trace_Of_An_Internal_Error()
    {
        using var error = new StringWriter { NewLine = "\n" };

        ErrorReporter.Report(Thrown(new InvalidOperationException("odd")), error, verbose: true);

        Assert.Contains("   at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_Simulation_Failure_Keeps_Its_Exit_Code_2()
    {
        using var error = new StringWriter { NewLine = "\n" };

        var code = ErrorReporter.Report(new SimulationException("the step size underflowed at t = 3", 3), error, verbose: false);

        Assert.Equal(2, code);
        Assert.Equal("myokinetics: error: the step size underflowed at t = 3\n", error.ToString());
    }

    [Fact]
    public void A_Plain_Argument_Exception_Is_Bad_Input_But_A_Null_Argument_Is_A_Defect()
    {
        using var error = new StringWriter { NewLine = "\n" };

        Assert.Equal(1, ErrorReporter.Report(new ArgumentException("tolerances must be positive"), error, verbose: false));
        Assert.Equal(3, ErrorReporter.Report(new ArgumentNullException("model"), error, verbose: false));
    }

    [Fact]
    public void A_Broken_Pipe_On_Standard_Output_Ends_Quietly()
    {
        using var error = new StringWriter { NewLine = "\n" };

        var code = ErrorReporter.Report(new IOException("Broken pipe", 32), error, verbose: false);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error.ToString());
    }

    private static Exception Thrown(Exception exception)
    {
        try
        {
            throw exception;
        }
        catch (Exception caught)
        {
            return caught;
        }
    }
}
