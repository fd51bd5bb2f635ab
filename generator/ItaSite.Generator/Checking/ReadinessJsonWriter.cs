using System.Globalization;
using System.Text.Json;
using ItaSite.Generator.Content;
using ItaSite.Generator.Framework;
using ItaSite.Generator.Output;

namespace ItaSite.Generator.Checking;

/// <summary>Writes <c>readiness-&lt;year&gt;.json</c>: the verdict of every item with its reasons, for tools and dashboards.</summary>
public static class ReadinessJsonWriter
{
    /// <summary>Snake-case keys; Thai and quotes left readable (the output is never embedded in HTML).</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static string FileName(int year) => $"readiness-{year.ToString(CultureInfo.InvariantCulture)}.json";

    public static OutputFile Write(CheckReport report, YearReadiness year) =>
        OutputFile.Text(FileName(year.Year), JsonSerializer.Serialize(Model(report, year), Options) + "\n");

    public static object Summary(YearReadiness year) => new
    {
        year.Year,
        Items = year.Items.Count,
        Pass = year.Passed,
        Warn = year.Warned,
        Fail = year.Failed,
        EstimatedOitMin = year.MinimumShare,
        EstimatedOitMax = year.MaximumShare,
        FrameworkConfidence = year.FrameworkConfidence.Name(),
        ProvisionalItems = year.ProvisionalItems.Select(i => i.Code.ToString()),
        Rating = year.EstimateAtMinimum is { } low && year.EstimateAtMaximum is { } high
            ? new { AtMinimum = Estimate(low), AtMaximum = Estimate(high) }
            : null,
    };

    private static object Estimate(OitRatingEstimate e) => new
    {
        Oit = e.OitScore,
        BestPossibleLevel = e.BestPossible.Name,
        LevelIfOtherToolsEqual = e.IfOtherToolsEqual.Name,
        e.MinTotal,
        e.MaxTotal,
    };

    public static object Link(ExternalLink link) => new { link.Url, Location = link.Location.ToString() };

    private static object Model(CheckReport report, YearReadiness year) => new
    {
        report.Site,
        BaseUrl = report.BaseUrl.ToString(),
        year.Year,
        year.Framework,
        Today = Iso(report.Today),
        Summary = Summary(year),
        Items = year.Items.Select(i => new
        {
            Code = i.Code.ToString(),
            i.Title,
            Period = i.Period.Key(),
            Verdict = i.Verdict.Key(),
            i.Provisional,
            Confidence = i.Confidence.Name(),
            i.Url,
            i.Source,
            Status = i.Status?.Key(),
            Updated = i.Updated is { } d ? Iso(d) : null,
            Components = i.Components.Select(c => new { c.Id, c.Text, c.Covered }),
            Findings = i.Findings.Select(f => new { Severity = f.Severity.ToString().ToLowerInvariant(), f.Code, f.Message, Location = f.Location.ToString() }),
        }),
        ExternalLinks = report.ExternalLinks.Select(Link),
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
