using System.Text.Json;
using ItaSite.Generator.Checking;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Pipeline;

namespace ItaSite.Cli;

/// <summary><c>check --format json</c>: diagnostics, counts, readiness per year and external links as one JSON document.</summary>
public static class CheckJson
{
    public static string Render(BuildResult result, bool failed, IReadOnlyList<string> reports) => JsonSerializer.Serialize(
        new
        {
            Passed = !failed,
            Summary = new { Errors = result.Diagnostics.Count(Severity.Error), Warnings = result.Diagnostics.Count(Severity.Warning) },
            Diagnostics = result.Diagnostics.Sorted().Select(d => new
            {
                d.Span.File,
                d.Span.Line,
                d.Span.Column,
                Severity = d.SeverityName,
                d.Code,
                d.Message,
            }),
            Readiness = result.Check?.Years.Select(ReadinessJsonWriter.Summary) ?? [],
            ExternalLinks = result.Check?.ExternalLinks.Select(ReadinessJsonWriter.Link) ?? [],
            Reports = reports,
        },
        ReadinessJsonWriter.Options);
}
