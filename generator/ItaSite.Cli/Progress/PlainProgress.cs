using System.Globalization;
using ItaSite.Generator.Pipeline;

namespace ItaSite.Cli.Progress;

/// <summary>
/// Progress as plain lines, for logs and CI: one line per tenth of a long stage (at least <paramref name="longStage"/> work items),
/// one line per finished stage, and a timing summary. Lines are written whole under a lock, since workers report concurrently.
/// </summary>
public sealed class PlainProgress(TextWriter stdout, int longStage = PlainProgress.LongStage) : ProgressDisplay
{
    /// <summary>By default, stages with fewer work items than this report only when they finish.</summary>
    public const int LongStage = 1000;

    private readonly Lock _gate = new();
    private Stage? _stage;
    private int _total;
    private int _done;

    public override void StageStarted(Stage stage, int total)
    {
        lock (_gate)
        {
            (_stage, _total, _done) = (stage, total, 0);
        }
    }

    public override void Advance(Stage stage, int count = 1)
    {
        lock (_gate)
        {
            if (stage != _stage || _total < longStage)
            {
                return;
            }

            var before = _done * 10 / _total;
            _done = Math.Min(_total, _done + count);
            var after = _done * 10 / _total;
            if (after > before && _done < _total)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage.Name()}: {_done:N0}/{_total:N0} ({after * 10}%)"));
            }
        }
    }

    public override void StageFinished(StageTiming timing)
    {
        lock (_gate)
        {
            var items = timing.Stage == _stage && _total > 0 ? string.Create(CultureInfo.InvariantCulture, $", {_total:N0} items") : string.Empty;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{timing.Name}: done in {Ms(timing.Elapsed)} ms{items}"));
        }
    }

    public override Task<T> RunAsync<T>(Func<Task<T>> build) => build();

    public override async Task SummaryAsync(IReadOnlyList<StageTiming> timings)
    {
        var total = timings.Sum(t => t.Elapsed.TotalMilliseconds);
        await stdout.WriteLineAsync("timing per stage (เวลาแต่ละขั้นตอน):");
        foreach (var timing in timings)
        {
            var share = total > 0 ? timing.Elapsed.TotalMilliseconds / total : 0;
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {timing.Name,-9}{Ms(timing.Elapsed),8} ms {share * 100,4:0}%"));
        }

        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {"total",-9}{total,8:0} ms"));
    }

    private static string Ms(TimeSpan elapsed) => elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
}
