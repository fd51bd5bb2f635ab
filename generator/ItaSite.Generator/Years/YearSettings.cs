using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Years;

/// <summary>
/// What changes from one assessment year to the next: whether the year is still a draft (served and checked, not published by
/// <c>build</c>) and the ITAS questionnaire links (their QR codes) of that year. Read from <c>oit/&lt;year&gt;/year.yaml</c>; a year
/// without one uses the site-wide <c>itas:</c> of site.yaml and is published.
/// </summary>
public sealed record YearSettings(int Year, bool Draft, string? EitUrl, string? IitUrl, SourceSpan Span)
{
    public static YearSettings Default(int year, string? eitUrl, string? iitUrl) => new(year, false, eitUrl, iitUrl, default);
}
