using ItaSite.Generator.Pipeline;

namespace ItaSite.Cli.Progress;

/// <summary>
/// How the CLI shows a build's progress: a live Spectre.Console display in an interactive terminal, plain lines when stdout is
/// redirected, not the console, or <c>CI</c> is set. Either way a per-stage timing summary follows the build. The generator only
/// calls the <see cref="BuildProgress"/> hooks; everything console-related lives here.
/// </summary>
public abstract class ProgressDisplay : BuildProgress
{
    /// <summary>Picks the display for <paramref name="stdout"/>. Spectre.Console is not touched unless the terminal is interactive.</summary>
    public static ProgressDisplay For(TextWriter stdout)
    {
        var interactive = ReferenceEquals(stdout, Console.Out)
            && !Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            && LiveProgress.TerminalIsInteractive();
        return interactive ? new LiveProgress() : new PlainProgress(stdout);
    }

    /// <summary>Runs <paramref name="build"/> while the display is shown.</summary>
    public abstract Task<T> RunAsync<T>(Func<Task<T>> build);

    /// <summary>Prints how long each stage took.</summary>
    public abstract Task SummaryAsync(IReadOnlyList<StageTiming> timings);
}
