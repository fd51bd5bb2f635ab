using ItaSite.Generator.Content;
using ItaSite.Generator.Data.Loading;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Output;
using ItaSite.Generator.Site;
using ItaSite.Generator.Thai;

namespace ItaSite.Generator.Theming;

/// <summary>An entry of the main navigation: a path of this site, or an outside address when <see cref="Path"/> is null.</summary>
public sealed record NavLink(string Title, SitePath? Path, string? ExternalUrl = null)
{
    public bool SameTarget(NavLink other) => Path == other.Path && ExternalUrl == other.ExternalUrl;
}

/// <summary>The site's own partials rendered for one page (links relative to it); null where the theme's own part is used.</summary>
public sealed record PagePartials(RenderedBody? Header, RenderedBody? Footer, RenderedBody? HomeIntro)
{
    public static PagePartials None { get; } = new(null, null, null);
}

/// <summary>
/// What every layout needs about the page being rendered: the site, its own path, title, formatter and link helpers.
/// Links are relative to the page so the site works under any sub-path; the 404 page, served from any depth, links from the
/// base path instead.
/// </summary>
public sealed record PageContext(SiteModel Site, SitePath Url, string Title, string? Description, ThaiFormatter Format, IReadOnlyList<NavLink> Nav)
{
    public SiteConfig Config => Site.Config;

    /// <summary>The site's data sets, tables and QR links, for the data components (<c>::data[…]</c>, downloads).</summary>
    public DataCatalog Data { get; init; } = DataCatalog.Empty;

    /// <summary>The assessment year the page belongs to (OIT index, item and measure pages); null for pages of no year.</summary>
    public int? Year { get; init; }

    /// <summary>The page is of a past year: shown as an archive (เอกสารย้อนหลัง) with a link to the current year.</summary>
    public bool IsArchive => Year is { } year && Site.Years.IsArchive(year);

    /// <summary>The page is of a draft year: seen only in serve (build leaves draft years out).</summary>
    public bool IsDraft => Year is { } year && Site.Years.IsDraft(year);

    /// <summary>The same page (or topic) in each year of the site, for the year switcher; empty on pages of no year.</summary>
    public IReadOnlyList<YearLink> YearLinks { get; init; } = [];

    /// <summary>The year the home page leads with.</summary>
    public int CurrentYear => Site.Years.Current;

    /// <summary>The ITAS link (<c>eit</c> or <c>iit</c>) of the page's year, or of the current year on pages of no year.</summary>
    public string? ItasUrl(string which)
    {
        var year = Year ?? Site.Years.Current;
        return which switch
        {
            "eit" => Site.Years.EitUrl(year),
            "iit" => Site.Years.IitUrl(year),
            _ => null,
        };
    }

    /// <summary>The site's partials (theme: in site.yaml), rendered for this page.</summary>
    public PagePartials Partials { get; init; } = PagePartials.None;

    /// <summary>The href of a navigation entry from this page.</summary>
    public string Href(NavLink link) => link.Path is { } path ? Href(path) : link.ExternalUrl ?? "#";

    /// <summary>The href of a file named in site.yaml (logo, seal, favicon, the site's CSS), or null when it names none.</summary>
    public string? SiteFileHref(SiteReference? reference) =>
        reference is not null && Site.Links.Resolve("site.yaml", reference.Written) is { Kind: LinkKind.Asset, Target: { } target } ? Href(target) : null;

    /// <summary>Whether the site has its own brand colour, published as <c>assets/brand.css</c>.</summary>
    public bool HasBrandStylesheet => Config.Brand?.Color is not null;

    public string Href(SitePath target) =>
        Url == SiteModel.NotFoundPath ? Config.BaseUrl.AbsolutePath + target.Value.TrimStart('/') : target.RelativeFrom(Url);

    public string Href(string sitePath) => Href(new SitePath(sitePath));

    public string Asset(string name) => Href(new SitePath("/assets/" + name));

    public string CanonicalUrl => new Uri(Config.BaseUrl, Url.Value.TrimStart('/')).ToString();

    /// <summary>An href of this page made absolute against the page's canonical URL, for the print stylesheet to write out.</summary>
    public string PrintUrl(string href) => new Uri(new Uri(CanonicalUrl), href).ToString();

    public bool IsCurrent(SitePath path) => path == Url || (path.Value != "/" && Url.Value.StartsWith(path.Value, StringComparison.Ordinal));

    /// <summary>The href of a complaint channel: its page on this site, else its external URL, else null.</summary>
    public string? ChannelHref(ComplaintChannel channel) =>
        Site.FindPage(channel.Page) is { } page ? Href(page) : channel.Url;

    public string DigitsOf(string text) => Format.Digits(text);

    /// <summary>A year as the site writes digits: <c>2569</c> or <c>๒๕๖๙</c>.</summary>
    public string YearText(int year) => Format.Digits(year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A phone number as link text: site digits, with non-breaking spaces and hyphens so it never wraps mid-number.</summary>
    public string PhoneText(string phone) => Format.Digits(phone).Replace(' ', '\u00A0').Replace('-', '\u2011');
}
