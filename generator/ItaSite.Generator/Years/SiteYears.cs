namespace ItaSite.Generator.Years;

/// <summary>
/// The assessment years of a site as built: each with its settings, which of them is current (what the home page leads with)
/// and which are drafts. Years before the current one are its archive.
/// </summary>
public sealed class SiteYears
{
    private readonly Dictionary<int, YearSettings> _byYear;

    public SiteYears(IEnumerable<YearSettings> years, int current)
    {
        _byYear = years.ToDictionary(y => y.Year);
        All = [.. _byYear.Values.OrderBy(y => y.Year)];
        Current = current;
    }

    public static SiteYears Empty { get; } = new([], 0);

    /// <summary>Every year built, oldest first.</summary>
    public IReadOnlyList<YearSettings> All { get; }

    /// <summary>The year the home page and the main navigation lead with; 0 when the site has no year.</summary>
    public int Current { get; }

    public YearSettings? Find(int year) => _byYear.GetValueOrDefault(year);

    public bool IsDraft(int year) => Find(year)?.Draft == true;

    /// <summary>A past year: kept as an archive of what was published for that assessment.</summary>
    public bool IsArchive(int year) => Current != 0 && year < Current;

    public string? EitUrl(int year) => Find(year)?.EitUrl;

    public string? IitUrl(int year) => Find(year)?.IitUrl;
}
