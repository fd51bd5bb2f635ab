using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Output;

namespace ItaSite.Generator.Site;

public sealed record StageTiming(string Stage, TimeSpan Elapsed);

/// <summary>The outcome of a build or check: diagnostics, what was produced, and how long each stage took.</summary>
public sealed record BuildResult(
    DiagnosticBag Diagnostics,
    SiteModel? Site,
    IReadOnlyList<OutputFile> Files,
    IReadOnlyList<StageTiming> Timings,
    bool Written)
{
    public bool Succeeded => !Diagnostics.HasErrors;

    public int PageCount => Files.Count(f => f.RelativePath.EndsWith(".html", StringComparison.Ordinal));
}
