using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Output;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Pipeline;

public sealed record StageTiming(Stage Stage, TimeSpan Elapsed)
{
    public string Name => Stage.Name();
}

/// <summary>The outcome of a build or check: diagnostics, what was produced, and how long each stage took.</summary>
public sealed record BuildResult(
    DiagnosticBag Diagnostics,
    SiteModel? Site,
    IReadOnlyList<OutputFile> Files,
    IReadOnlyList<StageTiming> Timings,
    bool Written)
{
    public bool Succeeded => !Diagnostics.HasErrors;

    /// <summary>The readiness report of <c>check</c>; null for <c>build</c> or when the site did not get as far as links.</summary>
    public Checking.CheckReport? Check { get; init; }

    /// <summary>The content the load stage read, when it reported nothing (a later build may read only what changed since).</summary>
    public ContentSet? CleanContent { get; init; }

    /// <summary>True when the load read only the changed files (<see cref="BuildOptions.Changes"/>) instead of listing the folder.</summary>
    public bool Reloaded { get; init; }

    public int PageCount => Files.Count(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal));
}
