namespace ItaSite.Generator.Checking;

/// <summary>What <c>check</c> found beyond diagnostics: the readiness of every assessment year and the external links.</summary>
public sealed record CheckReport(string Site, Uri BaseUrl, DateOnly Today, IReadOnlyList<YearReadiness> Years, IReadOnlyList<ExternalLink> ExternalLinks);
