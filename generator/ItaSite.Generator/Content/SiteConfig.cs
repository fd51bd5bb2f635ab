namespace ItaSite.Generator.Content;

/// <summary>A link with a display name, e.g. a social network account.</summary>
public sealed record NamedLink(string Name, string Url);

/// <summary>A complaint channel of the agency: a page on the site plus direct contacts.</summary>
public sealed record ComplaintChannel(string Title, string? Page, string? Phone, string? Email, string? Url);

/// <summary>A national complaint hotline (NACC 1205, PACC 1206, ดำรงธรรม 1567, 1111).</summary>
public sealed record NationalChannel(string Name, string Phone, string? Url);

public sealed record GeoPoint(double Latitude, double Longitude);

/// <summary>The agency and site settings read from <c>content/site.yaml</c>.</summary>
public sealed record SiteConfig
{
    public required string Name { get; init; }

    public string? ShortName { get; init; }

    public string? AgencyType { get; init; }

    /// <summary>Absolute base URL, always ending in '/'; its path is the sub-path the site is served under.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>Years listed under <c>assessment_years</c>; the site's years are these plus every <c>oit/&lt;year&gt;/</c> folder.</summary>
    public required IReadOnlyList<int> AssessmentYears { get; init; }

    /// <summary>Where each listed assessment year is written in site.yaml, for diagnostics.</summary>
    public IReadOnlyDictionary<int, Diagnostics.SourceSpan> AssessmentYearSpans { get; init; } = new Dictionary<int, Diagnostics.SourceSpan>();

    /// <summary>The year the home page leads with (<c>current_year</c>); 0 when not given (the latest published year is used).</summary>
    public required int CurrentYear { get; init; }

    public Diagnostics.SourceSpan CurrentYearSpan { get; init; }

    public bool ThaiDigits { get; init; }

    public string? Address { get; init; }

    public IReadOnlyList<string> Phones { get; init; } = [];

    public string? Fax { get; init; }

    public string? Email { get; init; }

    public string? OfficeHours { get; init; }

    public GeoPoint? Map { get; init; }

    public IReadOnlyList<NamedLink> Social { get; init; } = [];

    public required ComplaintChannel AntiCorruption { get; init; }

    public required ComplaintChannel GeneralComplaints { get; init; }

    public IReadOnlyList<NationalChannel> NationalChannels { get; init; } = [];

    public string? EitUrl { get; init; }

    public string? IitUrl { get; init; }

    /// <summary>Framework files of the site (content-relative), replacing the built-in year they declare.</summary>
    public IReadOnlyList<string> FrameworkFiles { get; init; } = [];

    /// <summary>What raw HTML in Markdown may carry (<c>html:</c>); see <see cref="Sanitizing.HtmlPolicy"/>.</summary>
    public Sanitizing.HtmlPolicy Html { get; init; } = Sanitizing.HtmlPolicy.Standard;

    /// <summary>Logo, colour, seal and favicon (<c>brand:</c>); null for the theme's own look.</summary>
    public SiteBrand? Brand { get; init; }

    public MainSite? MainSite { get; init; }

    /// <summary>The main navigation as written (<c>menu:</c>); null for the default menu.</summary>
    public IReadOnlyList<MenuEntry>? Menu { get; init; }

    public MenuEntry? EService { get; init; }

    public ThemeOverrides? Overrides { get; init; }

    public string DisplayShortName => ShortName ?? Name;

    public string MapUrl => Map is null
        ? string.Empty
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"https://www.openstreetmap.org/?mlat={Map.Latitude}&mlon={Map.Longitude}#map=16/{Map.Latitude}/{Map.Longitude}");
}
