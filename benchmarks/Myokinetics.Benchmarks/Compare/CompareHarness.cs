using System.Diagnostics;
using System.Globalization;
using Myokinetics.Core.Compile;
using Myokinetics.Core.Simulate;
using Myokinetics.Sbml;

namespace Myokinetics.Benchmarks.Compare;

/// <summary>
/// The Myokinetics side of <c>benchmarks/compare/run.sh</c>: reads an SBML file, compiles it and
/// times simulations the way the other tools' drivers do (one compiled model reused, outputs kept
/// in memory, median of repeats), printing one <c>RESULT</c> line.
/// <list type="bullet">
/// <item><c>compare simulate --sbml F --end T --steps N --rtol R --atol A [--integrator auto|rosenbrock|dormandprince]
/// [--repeats K] [--min-seconds S] [--out CSV]</c>: time per simulation, work counts and compile times.</item>
/// <item><c>compare ensemble --sbml F --end T --steps N --rtol R --atol A --size N --threads T --vary a,b
/// [--cv 0.2] [--seed 1] [--repeats K]</c>: simulations per second over log-normal parameter sets.</item>
/// </list>
/// </summary>
internal static class CompareHarness
{
    public static int Run(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            Console.Error.WriteLine("usage: compare simulate|ensemble --sbml FILE ...");
            return 1;
        }

        var options = new CompareArguments([.. args.Skip(1)]);
        switch (args[0])
        {
            case "simulate":
                Simulate(options);
                return 0;
            case "ensemble":
                Ensemble(options);
                return 0;
            default:
                Console.Error.WriteLine($"unknown compare command '{args[0]}' (simulate, ensemble)");
                return 1;
        }
    }

    private static SimulationSettings Settings(CompareArguments options) => new(
        0,
        options.Number("end"),
        options.Integer("steps", 100),
        options.Number("atol"),
        options.Number("rtol"),
        options.Integrator(),
        MaxSteps: 100_000_000);

    private static void Simulate(CompareArguments options)
    {
        var path = options.Text("sbml");
        var read = Stopwatch.StartNew();
        var model = SbmlReader.Read(path).Model;
        var readSeconds = read.Elapsed.TotalSeconds;

        // The first compile in the process pays for JIT-compiling the compiler itself.
        var cold = Stopwatch.StartNew();
        var compiled = CompileFully(model);
        var coldSeconds = cold.Elapsed.TotalSeconds;
        var (compileSeconds, coreSeconds, withJacobianSeconds) = CompileTimes(model);
        var settings = Settings(options);
        var outputs = compiled.States.Select(s => new OutputVariable(s.Id)).ToArray();
        var store = new RowStore(settings.Steps + 1, outputs.Length);
        var simulator = new Simulator(compiled);
        var statistics = simulator.Run(settings, outputs, store);
        var (median, runs) = Timing.Median(
            () => simulator.Run(settings, outputs, store),
            options.Integer("repeats", 20),
            options.Number("min-seconds", 1.0));

        if (options.Text("out", string.Empty) is { Length: > 0 } csv)
        {
            store.WriteCsv(csv);
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"RESULT {median:E9} {runs} steps={statistics.AcceptedSteps} rejected={statistics.RejectedSteps} rhs={statistics.FunctionEvaluations} jac={statistics.JacobianEvaluations} lu={statistics.Decompositions} stiff={statistics.SwitchedToStiff} states={compiled.States.Length} read_ms={readSeconds * 1e3:F2} compile_cold_ms={coldSeconds * 1e3:F2} compile_ms={compileSeconds * 1e3:F2} compile_without_jacobian_ms={coreSeconds * 1e3:F2} compile_with_jacobian_only_ms={withJacobianSeconds * 1e3:F2}"));
    }

    /// <summary>
    /// Warm compile times (median seconds): the full compile (with the Jacobian and ∂f/∂t), the compile
    /// without them (analysis, symbolic work, the rates/update code) and the compile with the Jacobian
    /// only. The compiler's own code is warmed up first with compiles for at least three seconds and 40
    /// repetitions: its hot methods move to optimised code over the first 30 or so compiles of a model
    /// this size, and a shorter warm-up measured that transition. The three kinds are then timed in
    /// interleaved rounds, so that none gains from coming later.
    /// </summary>
    private static (double Full, double Core, double WithJacobian) CompileTimes(Core.Model.Model model)
    {
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 40 || warm.Elapsed.TotalSeconds < 3.0; i++)
        {
            CompileFully(model);
        }

        var full = new List<double>();
        var core = new List<double>();
        var withJacobian = new List<double>();
        var rounds = Stopwatch.StartNew();
        while (full.Count < 15 || rounds.Elapsed.TotalSeconds < 3.0)
        {
            full.Add(Seconds(() => CompileFully(model)));
            core.Add(Seconds(() => ModelCompiler.Compile(model)));
            withJacobian.Add(Seconds(() => GC.KeepAlive(ModelCompiler.Compile(model).Jacobian)));
        }

        return (Timing.Median(full), Timing.Median(core), Timing.Median(withJacobian));
    }

    private static double Seconds(Action action)
    {
        var start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    /// <summary>Compiles the model and the Jacobian and ∂f/∂t a stiff simulation turns into code on first use.</summary>
    private static CompiledModel CompileFully(Core.Model.Model model)
    {
        var compiled = ModelCompiler.Compile(model);
        GC.KeepAlive(compiled.Jacobian);
        GC.KeepAlive(compiled.TimeDerivative);
        return compiled;
    }

    private static void Ensemble(CompareArguments options)
    {
        var model = SbmlReader.Read(options.Text("sbml")).Model;
        var compiled = CompileFully(model);
        var settings = Settings(options);
        var size = options.Integer("size", 200);
        var threads = options.Integer("threads", 1);
        var vary = options.Text("vary").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var sets = ParameterSets.LogNormal(compiled, vary, size, options.Number("cv", 0.2), options.Integer("seed", 1));
        var outputs = new[] { new OutputVariable(compiled.States[0].Id) };
        var simulator = new Simulator(compiled);
        var results = new double[size];

        void RunAll(int count)
        {
            Parallel.For(
                0,
                count,
                new ParallelOptions { MaxDegreeOfParallelism = threads },
                () => new RowStore(settings.Steps + 1, outputs.Length),
                (i, _, store) =>
                {
                    simulator.Run(settings, outputs, store, sets[i]);
                    results[i] = store.LastValue;
                    return store;
                },
                _ => { });
        }

        // Warm up with one whole round: the runtime's tiered compilation and the model's once-per-run
        // functions settle in the first second, and a short warm-up let that background JIT work on
        // the idle second core flatter the one-thread rate.
        RunAll(size);
        var rates = new List<double>();
        var cpu = new List<double>();
        var allocated = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var r = 0; r < options.Integer("repeats", 3); r++)
        {
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var bytes = GC.GetTotalAllocatedBytes(precise: true);
            var start = Stopwatch.GetTimestamp();
            RunAll(size);
            rates.Add(size / Stopwatch.GetElapsedTime(start).TotalSeconds);
            allocated.Add((GC.GetTotalAllocatedBytes(precise: true) - bytes) / 1024.0 / size);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuStart).TotalMilliseconds / size);
        }

        var checksum = results.Sum();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"RESULT {Timing.Median(rates):F3} {size} threads={threads} per_core={Timing.Median(rates) / threads:F3} cpu_ms_per_simulation={Timing.Median(cpu):F3} kb_allocated_per_simulation={Timing.Median(allocated):F1} checksum={checksum:R}"));
    }
}
