using ItaSite.Generator.Content;
using ItaSite.Generator.Framework;

namespace ItaSite.Generator.Checking;

/// <summary>A required component of an item and whether the page maps evidence to it.</summary>
public sealed record ComponentCoverage(string Id, string Text, bool Covered);

/// <summary>The readiness of one OIT item of one year: the verdict and every reason for it.</summary>
public sealed record ItemReadiness(
    IndicatorCode Code,
    string Title,
    PeriodRule Period,
    ReadinessVerdict Verdict,
    string Url,
    string? Source,
    PageStatus? Status,
    DateOnly? Updated,
    IReadOnlyList<ComponentCoverage> Components,
    IReadOnlyList<ReadinessFinding> Findings)
{
    /// <summary>The framework's own title or components for this item are a best inference (or the year is a draft).</summary>
    public bool Provisional { get; init; }

    public Confidence Confidence { get; init; } = Confidence.Medium;
}
