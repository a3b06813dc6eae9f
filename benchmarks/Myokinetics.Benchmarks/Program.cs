using BenchmarkDotNet.Running;
using Myokinetics.Benchmarks.Compare;

// `compare ...` is the Myokinetics side of benchmarks/compare/run.sh; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "compare")
{
    return CompareHarness.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
