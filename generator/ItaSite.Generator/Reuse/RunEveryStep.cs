using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Reuse;

/// <summary>Runs every step: a from-scratch build by construction.</summary>
public sealed class RunEveryStep : IStepRunner
{
    public static RunEveryStep Instance { get; } = new();

    public TOut Run<TIn, TOut>(ReusableStep step, object id, TIn inputs, Func<TIn, DiagnosticBag, TOut> work, DiagnosticBag diagnostics) =>
        work(inputs, diagnostics);

    public TOut[] RunAll<TIn, TOut>(ReusableStep step, IReadOnlyList<TIn> inputs, Func<TIn, object> id, Func<int, DiagnosticBag, TOut> work, DiagnosticBag diagnostics, int parallelism)
    {
        var outputs = new TOut[inputs.Count];
        var bags = new DiagnosticBag[inputs.Count];
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
        {
            bags[i] = new DiagnosticBag();
            outputs[i] = work(i, bags[i]);
        });
        MergeInOrder(bags, diagnostics);
        return outputs;
    }

    public async Task<TOut[]> RunAllAsync<TIn, TOut>(ReusableStep step, IReadOnlyList<TIn> inputs, Func<TIn, object> id, Func<int, DiagnosticBag, ValueTask<TOut>> work, DiagnosticBag diagnostics, int parallelism, CancellationToken cancellationToken)
    {
        var outputs = new TOut[inputs.Count];
        var bags = new DiagnosticBag[inputs.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, inputs.Count, options, async (i, _) =>
        {
            bags[i] = new DiagnosticBag();
            outputs[i] = await work(i, bags[i]);
        });
        MergeInOrder(bags, diagnostics);
        return outputs;
    }

    // Unit by unit, so the order of the diagnostics does not depend on which unit finished first.
    private static void MergeInOrder(DiagnosticBag[] bags, DiagnosticBag diagnostics)
    {
        foreach (var bag in bags)
        {
            diagnostics.AddRange(bag);
        }
    }
}
