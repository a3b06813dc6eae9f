using BenchmarkDotNet.Attributes;
using Myokinetics.Core.Compile;
using Myokinetics.Core.Results;
using Myokinetics.Core.Simulate;
using Myokinetics.Numerics.Integrate;

namespace Myokinetics.Benchmarks;

/// <summary>
/// Time and allocation of one simulation of an already compiled model (100 output rows, rtol 1e-6,
/// atol 1e-12, the automatic integrator), as a user running many simulations of one model sees it.
/// </summary>
[MemoryDiagnoser]
public class SimulationBenchmarks
{
    private Simulator simulator = null!;
    private SimulationSettings settings = null!;
    private OutputVariable[] outputs = [];
    private readonly CountingSink sink = new();

    [Params("hires", "network200")]
    public string Model { get; set; } = "hires";

    [Params(IntegratorKind.Auto, IntegratorKind.Rosenbrock)]
    public IntegratorKind Integrator { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var compiled = ModelCompiler.Compile(BenchmarkModels.Load(Model));
        simulator = new Simulator(compiled);
        settings = new SimulationSettings(0, BenchmarkModels.EndTime(Model), 100, 1e-12, 1e-6, Integrator);
        outputs = compiled.States.Select(s => new OutputVariable(s.Id)).ToArray();
    }

    [Benchmark]
    public int Simulate()
    {
        simulator.Run(settings, outputs, sink);
        return sink.Rows;
    }

    private sealed class CountingSink : ITimeCourseSink
    {
        public int Rows { get; private set; }

        public void Begin(IReadOnlyList<string> columns) => Rows = 0;

        public void Row(double time, ReadOnlySpan<double> values) => Rows++;

        public void End()
        {
        }
    }
}
