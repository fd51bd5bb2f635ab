using ItaSite.Generator.Content;
using ItaSite.Generator.Theming;

namespace ItaSite.Generator.Pipeline;

/// <summary>What to build and where. Display paths are how folders are named in diagnostics (as the user typed them).</summary>
public sealed record BuildOptions
{
    public required string ContentDir { get; init; }

    /// <summary>The folder to write; null when nothing is written (<c>check</c>, <c>serve</c>: <see cref="WriteOutput"/> false).</summary>
    public string? OutputDir { get; init; }

    public required Theme Theme { get; init; }

    public string? DisplayContent { get; init; }

    public string? DisplayOutput { get; init; }

    /// <summary>False for <c>check</c>: everything runs in memory and nothing is written.</summary>
    public bool WriteOutput { get; init; } = true;

    public BuildLimits Limits { get; init; } = BuildLimits.Default;

    /// <summary>The PDF text extractor for the search index: a path or a name looked up on PATH; null leaves PDF text out.</summary>
    public string? PdfToText { get; init; } = "pdftotext";

    /// <summary>True for <c>check</c>: runs the readiness stage (ITA4xxx) and makes an item without a page an error.</summary>
    public bool CheckReadiness { get; init; }

    /// <summary>True for <c>check</c> and <c>serve</c>: years marked <c>draft: true</c> in their year.yaml are built too.</summary>
    public bool IncludeDraftYears { get; init; }

    /// <summary>The clock readiness dates are judged against (<c>check --today</c> fixes it).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Runs the steps whose output depends only on their inputs; null runs every one (serve's session reuses earlier runs).</summary>
    public Reuse.IStepRunner? Steps { get; init; }

    /// <summary>What changed since an earlier clean load (serve's watcher): the load reads those files alone when it can.</summary>
    public ContentChanges? Changes { get; init; }

    /// <summary>Where stage starts, finishes and per-page progress are reported; null reports nothing.</summary>
    public BuildProgress? Progress { get; init; }

    /// <summary>Maximum worker threads for parsing and rendering; null uses every core.</summary>
    public int? MaxParallelism { get; init; }

    /// <summary>Testing aid: a pause before each output file is written, so a test can kill a build in the middle of writing.</summary>
    public TimeSpan WriteDelayPerFile { get; init; }
}
