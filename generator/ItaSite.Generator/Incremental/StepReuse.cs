using System.Collections.Concurrent;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Reuse;

namespace ItaSite.Generator.Incremental;

/// <summary>
/// The one "reuse if the inputs are the same" helper: an <see cref="IStepRunner"/> that keeps, per step and unit, the inputs
/// of the last run and what it made (<see cref="Captured{T}"/>), and returns that instead of running the step again while the
/// new inputs are equal by value (<see cref="ValueEquality"/>, with the site-wide objects compared as <see cref="SiteFrame"/>s),
/// so no step needs a hand-written key. Entries not used for <see cref="KeptBuilds"/> builds are dropped, so deleted pages do
/// not pile up. Thread-safe; builds must not overlap.
/// </summary>
public sealed class StepReuse : IStepRunner
{
    /// <summary>An entry unused for this many builds in a row is dropped (a few, so a broken build in between loses nothing).</summary>
    public const int KeptBuilds = 3;

    private sealed class Entry(object? inputs, object output, long used)
    {
        public object? Inputs { get; } = inputs;

        public object Output { get; } = output;

        public long Used { get; set; } = used;
    }

    private readonly ConcurrentDictionary<(ReusableStep Step, object Id), Entry> _entries = new();
    private readonly int[] _runs = new int[Enum.GetValues<ReusableStep>().Length];
    private long _build;
    private readonly FieldReaders _readers = new();
    private ValueEquality _equality;

    public StepReuse() => _equality = SiteFrame.Comparer(_readers);

    /// <summary>How many times <paramref name="step"/> ran (rather than being reused) since <see cref="NextBuild"/>.</summary>
    public int Runs(ReusableStep step) => Volatile.Read(ref _runs[(int)step]);

    /// <summary>Starts counting a new build and drops the entries the last <see cref="KeptBuilds"/> builds did not use.</summary>
    public void NextBuild()
    {
        var build = ++_build;
        Array.Clear(_runs);
        _equality = SiteFrame.Comparer(_readers);
        foreach (var (key, entry) in _entries)
        {
            if (entry.Used <= build - KeptBuilds)
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    public TOut Run<TIn, TOut>(ReusableStep step, object id, TIn inputs, Func<TIn, DiagnosticBag, TOut> work, DiagnosticBag diagnostics)
    {
        var key = (step, id);
        if (_entries.TryGetValue(key, out var entry) && entry.Output is Captured<TOut> earlier && entry.Inputs is TIn before && Same(before, inputs))
        {
            entry.Used = _build;
            return earlier.ReplayInto(diagnostics);
        }

        Interlocked.Increment(ref _runs[(int)step]);
        var made = Captured<TOut>.Run(bag => work(inputs, bag));
        _entries[key] = new Entry(inputs, made, _build);
        return made.ReplayInto(diagnostics);
    }

    public async Task<TOut> RunAsync<TIn, TOut>(ReusableStep step, object id, TIn inputs, Func<TIn, DiagnosticBag, Task<TOut>> work, DiagnosticBag diagnostics)
    {
        var key = (step, id);
        if (_entries.TryGetValue(key, out var entry) && entry.Output is Captured<TOut> earlier && entry.Inputs is TIn before && Same(before, inputs))
        {
            entry.Used = _build;
            return earlier.ReplayInto(diagnostics);
        }

        Interlocked.Increment(ref _runs[(int)step]);
        var own = new DiagnosticBag();
        var made = new Captured<TOut>(await work(inputs, own), own.Items);
        _entries[key] = new Entry(inputs, made, _build);
        return made.ReplayInto(diagnostics);
    }

    private bool Same<TIn>(TIn before, TIn now) => _equality.Same(before, now);
}
