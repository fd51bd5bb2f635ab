using System.Collections.Concurrent;
using System.Globalization;
using ItaSite.Generator.Pipeline;
using Spectre.Console;

namespace ItaSite.Cli.Progress;

/// <summary>
/// The interactive display: a Spectre.Console progress bar per stage (parse, markdown and theme advance per page) with elapsed
/// time, then a table of stage timings. Spectre's <see cref="ProgressTask"/> is thread-safe, so workers advance it directly.
/// </summary>
public sealed class LiveProgress : ProgressDisplay
{
    private readonly ConcurrentDictionary<Stage, ProgressTask> _tasks = new();
    private ProgressContext? _context;

    /// <summary>True when Spectre.Console sees an interactive terminal that understands ANSI.</summary>
    public static bool TerminalIsInteractive() => AnsiConsole.Profile.Capabilities is { Interactive: true, Ansi: true };

    public override void StageStarted(Stage stage, int total)
    {
        if (_context is { } context)
        {
            _tasks[stage] = context.AddTask(stage.Name(), maxValue: Math.Max(1, total));
        }
    }

    public override void Advance(Stage stage, int count = 1)
    {
        if (_tasks.TryGetValue(stage, out var task))
        {
            task.Increment(count);
        }
    }

    public override void StageFinished(StageTiming timing)
    {
        if (_tasks.TryGetValue(timing.Stage, out var task))
        {
            task.Value = task.MaxValue;
            task.StopTask();
        }
    }

    public override Task<T> RunAsync<T>(Func<Task<T>> build) =>
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                _context = context;
                try
                {
                    return await build();
                }
                finally
                {
                    _context = null;
                }
            });

    public override Task SummaryAsync(IReadOnlyList<StageTiming> timings)
    {
        var total = timings.Sum(t => t.Elapsed.TotalMilliseconds);
        var chart = new BarChart().Width(60).Label("[bold]timing per stage (เวลาแต่ละขั้นตอน), ms[/]");
        foreach (var timing in timings)
        {
            chart.AddItem(timing.Name, Math.Round(timing.Elapsed.TotalMilliseconds), Color.SteelBlue);
        }

        AnsiConsole.Write(chart);
        AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[grey]total {total:0} ms[/]"));
        return Task.CompletedTask;
    }
}
