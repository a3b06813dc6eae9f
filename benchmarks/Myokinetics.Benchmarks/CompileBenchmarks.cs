using BenchmarkDotNet.Attributes;
using Myokinetics.Core.Compile;
using Myokinetics.Core.Model;

namespace Myokinetics.Benchmarks;

/// <summary>Time to compile a model (analysis, symbolic Jacobian, expression-tree compilation of every delegate).</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private Model model = null!;

    [Params("hires", "network200")]
    public string Model { get; set; } = "hires";

    [GlobalSetup]
    public void Setup() => model = BenchmarkModels.Load(Model);

    [Benchmark]
    public CompiledModel Compile() => ModelCompiler.Compile(model);
}
