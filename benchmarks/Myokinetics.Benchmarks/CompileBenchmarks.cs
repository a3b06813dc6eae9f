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

    /// <summary>What a simulation pays before its first step (the Jacobian is compiled when first used).</summary>
    [Benchmark]
    public CompiledModel Compile() => ModelCompiler.Compile(model);

    /// <summary>Everything, including the Jacobian and ∂f/∂t a stiff simulation compiles on first use.</summary>
    [Benchmark]
    public CompiledModel CompileWithJacobian()
    {
        var compiled = ModelCompiler.Compile(model);
        GC.KeepAlive(compiled.Jacobian);
        GC.KeepAlive(compiled.TimeDerivative);
        return compiled;
    }
}
