using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Reuse;

namespace ItaSite.Generator.Incremental;

/// <summary>
/// The one "reuse if the inputs are the same" helper: an <see cref="IStepRunner"/> that keeps, per step and unit, the inputs
/// of the last run and what it made (<see cref="Captured{T}"/>), and returns that instead of running the step again while the
/// new inputs are equal by value (<see cref="ValueEquality"/>, with the site-wide objects compared as <see cref="SiteFrame"/>s),
/// so no step needs a hand-written key. Entries not used for <see cref="KeptBuilds"/> builds are dropped, so deleted pages do
/// not pile up. A step run over a whole list (<see cref="RunAll{TIn, TOut}"/>: every page of a stage) keeps that list instead,
/// compared with the next build's position by position, with no lookup for a unit that did not move, and replaced by it.
/// Thread-safe; builds must not overlap.
/// </summary>
public sealed class StepReuse : IStepRunner
{
    /// <summary>An entry unused for this many builds in a row is dropped (a few, so a broken build in between loses nothing).</summary>
    public const int KeptBuilds = 3;

    private abstract class Entry(long used)
    {
        public long Used { get; set; } = used;
    }

    // Typed by the step's own input and output types: one exact-type check per lookup, where casting object fields to
    // TIn and Captured<TOut> took the slow generic cast helper twice (3-4 % of a 10,000-page serve rebuild, perf).
    private sealed class Entry<TIn, TOut>(TIn inputs, Captured<TOut> output, long used) : Entry(used)
    {
        public TIn Inputs { get; } = inputs;

        public Captured<TOut> Output { get; } = output;
    }

    // One table per step, keyed by the unit's id alone (hashing a (step, id) pair per lookup showed in profiles).
    private readonly ConcurrentDictionary<object, Entry>[] _entries = [.. Enum.GetValues<ReusableStep>().Select(_ => new ConcurrentDictionary<object, Entry>())];
    private readonly int[] _runs = new int[Enum.GetValues<ReusableStep>().Length];
    private readonly long[] _generation = new long[Enum.GetValues<ReusableStep>().Length];
    private readonly bool[] _active = new bool[Enum.GetValues<ReusableStep>().Length];
    private readonly StepBatch?[] _batches = new StepBatch?[Enum.GetValues<ReusableStep>().Length];
    private readonly bool[] _batched = new bool[Enum.GetValues<ReusableStep>().Length];
    private readonly FieldReaders _readers = new();
    private ValueEquality _equality;
    private long _builds;

    public StepReuse() => _equality = SiteFrame.Comparer(_readers);

    /// <summary>How many times <paramref name="step"/> ran (rather than being reused) since <see cref="NextBuild"/>.</summary>
    public int Runs(ReusableStep step) => Volatile.Read(ref _runs[(int)step]);

    /// <summary>
    /// Starts counting a new build and, every <see cref="KeptBuilds"/> builds, drops the entries of each step that ran in at
    /// least the last <see cref="KeptBuilds"/> builds that ran it without using them (a build that read only the changed files keeps the entries of the files it did not list).
    /// </summary>
    public void NextBuild()
    {
        for (var step = 0; step < _runs.Length; step++)
        {
            if (_active[step])
            {
                _generation[step]++;
            }
        }

        Array.Clear(_runs);
        Array.Clear(_active);
        Array.Clear(_batched);
        _equality = SiteFrame.Comparer(_readers);

        // The sweep reads every entry (tens of thousands at 10,000 pages), so it runs every few builds, not on every edit.
        if (++_builds % KeptBuilds != 0)
        {
            return;
        }

        for (var step = 0; step < _entries.Length; step++)
        {
            foreach (var (key, entry) in _entries[step])
            {
                if (entry.Used <= _generation[step] - KeptBuilds)
                {
                    _entries[step].TryRemove(key, out _);
                }
            }
        }
    }

    public TOut Run<TIn, TOut>(ReusableStep step, object id, TIn inputs, Func<TIn, DiagnosticBag, TOut> work, DiagnosticBag diagnostics)
    {
        if (Earlier<TIn, TOut>(step, id, inputs) is { } earlier)
        {
            return earlier.ReplayInto(diagnostics);
        }

        return Keep(step, id, inputs, Captured<TOut>.Run(bag => work(inputs, bag))).ReplayInto(diagnostics);
    }

    public TOut[] RunAll<TIn, TOut>(ReusableStep step, IReadOnlyList<TIn> inputs, Func<TIn, object> id, Func<int, DiagnosticBag, TOut> work, DiagnosticBag diagnostics, int parallelism)
    {
        var (units, changed) = Compare<TIn, TOut>(step, inputs, id, parallelism);
        Parallel.For(0, changed.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, k =>
        {
            var i = changed[k];
            var own = new DiagnosticBag();
            units[i] = Made(units[i], work(i, own), own);
        });
        return KeepAll(step, units, changed.Count, diagnostics);
    }

    public async Task<TOut[]> RunAllAsync<TIn, TOut>(ReusableStep step, IReadOnlyList<TIn> inputs, Func<TIn, object> id, Func<int, DiagnosticBag, ValueTask<TOut>> work, DiagnosticBag diagnostics, int parallelism, CancellationToken cancellationToken)
    {
        var (units, changed) = Compare<TIn, TOut>(step, inputs, id, parallelism);
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, changed.Count, options, async (k, _) =>
        {
            var i = changed[k];
            var own = new DiagnosticBag();
            units[i] = Made(units[i], await work(i, own), own);
        });
        return KeepAll(step, units, changed.Count, diagnostics);
    }

    private static StepUnit<TIn, TOut> Made<TIn, TOut>(StepUnit<TIn, TOut> unit, TOut output, DiagnosticBag reported) =>
        unit with { Output = output, Reported = reported.Items is { Count: > 0 } items ? items : null };

    // A list's units are compared in parallel, a range at a time: one unit costs a few reference checks.
    private const int CompareChunk = 512;

    /// <summary>
    /// This build's units, with what the last build made wherever a unit's inputs equal those of the last build's unit of its
    /// id, and the indexes of the others (to run).
    /// </summary>
    private (StepUnit<TIn, TOut>[] Units, List<int> Changed) Compare<TIn, TOut>(ReusableStep step, IReadOnlyList<TIn> inputs, Func<TIn, object> id, int parallelism)
    {
        if (_batched[(int)step])
        {
            throw new InvalidOperationException($"{step} ran as a list twice in one build: its second list would replace the first");
        }

        (_batched[(int)step], _active[(int)step]) = (true, true);
        var batch = _batches[(int)step] as StepBatch<TIn, TOut>;
        var previous = batch?.Units ?? [];
        var units = new StepUnit<TIn, TOut>[inputs.Count];
        var reused = new bool[inputs.Count];
        if (inputs.Count > 0)
        {
            var ranges = Partitioner.Create(0, inputs.Count, CompareChunk);
            Parallel.ForEach(ranges, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    var now = inputs[i];

                    // The very inputs of the last build at this position (a reused page handed on): the same unit, no id to compute.
                    if (i < previous.Length && !typeof(TIn).IsValueType && ReferenceEquals(previous[i].Inputs, now))
                    {
                        (units[i], reused[i]) = (previous[i], true);
                        continue;
                    }

                    var key = id(now);
                    var before = batch?.IndexOf(i, key) ?? -1;
                    reused[i] = before >= 0 && Same(previous[before].Inputs, now);
                    units[i] = reused[i] ? previous[before] with { Id = key, Inputs = now } : new StepUnit<TIn, TOut>(key, now, default!, null);
                }
            });
        }

        var changed = new List<int>();
        for (var i = 0; i < reused.Length; i++)
        {
            if (!reused[i])
            {
                changed.Add(i);
            }
        }

        return (units, changed);
    }

    /// <summary>Keeps this build's list as the one the next build compares with; its outputs, with every unit's diagnostics replayed in list order.</summary>
    private TOut[] KeepAll<TIn, TOut>(ReusableStep step, StepUnit<TIn, TOut>[] units, int ran, DiagnosticBag diagnostics)
    {
        Interlocked.Add(ref _runs[(int)step], ran);
        _batches[(int)step] = new StepBatch<TIn, TOut>(units);
        var outputs = new TOut[units.Length];

        // Written past the array's covariance check, which reads each output's type (a cache miss per unchanged page, perf):
        // the array is the exact TOut[] made above.
        ref var first = ref MemoryMarshal.GetArrayDataReference(outputs);
        for (var i = 0; i < units.Length; i++)
        {
            Unsafe.Add(ref first, i) = units[i].Output;
            if (units[i].Reported is { } reported)
            {
                foreach (var diagnostic in reported)
                {
                    diagnostics.Add(diagnostic);
                }
            }
        }

        return outputs;
    }

    /// <summary>What the last run of <paramref name="step"/> for <paramref name="id"/> made, when its inputs equal these.</summary>
    private Captured<TOut>? Earlier<TIn, TOut>(ReusableStep step, object id, TIn inputs)
    {
        _active[(int)step] = true;
        if (_entries[(int)step].TryGetValue(id, out var entry) && entry is Entry<TIn, TOut> typed && Same(typed.Inputs, inputs))
        {
            entry.Used = _generation[(int)step];
            return typed.Output;
        }

        return null;
    }

    private Captured<TOut> Keep<TIn, TOut>(ReusableStep step, object id, TIn inputs, Captured<TOut> made)
    {
        Interlocked.Increment(ref _runs[(int)step]);
        _entries[(int)step][id] = new Entry<TIn, TOut>(inputs, made, _generation[(int)step]);
        return made;
    }

    private bool Same<TIn>(TIn before, TIn now) => _equality.Same(before, now);
}
