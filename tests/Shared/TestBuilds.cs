using ItaSite.Generator.Checking;
using ItaSite.Generator.Pipeline;
using ItaSite.Themes.Default;

namespace ItaSite.Tests.Support;

/// <summary>
/// The one place the tests (unit and browser, this file is compiled into both) make <see cref="BuildOptions"/>: the default
/// theme and diagnostics shown as <c>content/…</c>, so messages read the same on every machine. A test states only what it
/// changes, with <c>with { … }</c> (<c>PdfToText = null</c>, <c>MaxParallelism</c>, <c>IncludeDraftYears</c>…).
/// </summary>
public static class TestBuilds
{
    /// <summary>A build of <paramref name="contentDir"/> that writes into <paramref name="outputDir"/>.</summary>
    public static BuildOptions Writing(string contentDir, string outputDir) => new()
    {
        ContentDir = contentDir,
        OutputDir = outputDir,
        DisplayContent = "content",
        Theme = DefaultTheme.Create(),
    };

    /// <summary>
    /// A build kept in memory: nothing is written, <paramref name="outputDir"/> only says where the site would go (default a
    /// folder that is never created).
    /// </summary>
    public static BuildOptions InMemory(string contentDir, string? outputDir = null) =>
        Writing(contentDir, outputDir ?? Path.Combine(Path.GetTempPath(), "itasite-unused")) with { WriteOutput = false };

    /// <summary>What <c>itasite check --today</c> runs: in memory, with the readiness checks, on a fixed day.</summary>
    public static BuildOptions Check(string contentDir, DateOnly today) =>
        InMemory(contentDir) with { CheckReadiness = true, Time = new FixedTimeProvider(today) };

    public static Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default) =>
        new SiteBuilder(options).BuildAsync(cancellationToken);
}
