using ItaSite.Generator.Content;
using ItaSite.Generator.Framework;
using ItaSite.Generator.Output;

namespace ItaSite.Generator.Site;

/// <summary>An item page bound to its framework item and published path.</summary>
public sealed record BoundItem(ItemPage Page, FrameworkItem Item, IndicatorFramework Framework, SitePath Url)
{
    public string Title => Page.Title ?? Item.Title;
}

public sealed record BoundMeasure(MeasurePage Page, SitePath Url);

public sealed record BoundPage(GenericPage Page, SitePath Url);

/// <summary>The site's own header, footer and home-intro partials (theme: in site.yaml); Markdown pages that are not published.</summary>
public sealed record SitePartials(BoundPage? Header, BoundPage? Footer, BoundPage? HomeIntro)
{
    public static SitePartials None { get; } = new(null, null, null);

    public IEnumerable<BoundPage> All => new[] { Header, Footer, HomeIntro }.OfType<BoundPage>();
}

/// <summary>The validated site: configuration, frameworks per year and every page with its published path.</summary>
public sealed record SiteModel(
    SiteConfig Config,
    ContentSet Content,
    IReadOnlyDictionary<int, IndicatorFramework> Frameworks,
    IReadOnlyList<BoundItem> Items,
    IReadOnlyList<BoundMeasure> Measures,
    IReadOnlyList<BoundPage> Pages,
    LinkResolver Links)
{
    /// <summary>Partials replacing parts of the theme; rendered like page bodies, shown on every page, never published alone.</summary>
    public SitePartials Partials { get; init; } = SitePartials.None;

    /// <summary>The years built, with their settings (drafts, ITAS links) and which one is current.</summary>
    public Years.SiteYears Years { get; init; } = ItaSite.Generator.Years.SiteYears.Empty;

    /// <summary>The index of every assessment year (<c>/oit/</c>).</summary>
    public static SitePath YearsIndexPath => new("/oit/");

    /// <summary>The cross-year mapping: the same topic in the site's other years (<see cref="FrameworkCatalog.SameTopic"/>).</summary>
    public FrameworkCatalog Catalog { get; init; } = FrameworkCatalog.Build(new Dictionary<int, IndicatorFramework>(), new Diagnostics.DiagnosticBag());

    /// <summary>Years left out of this build (a draft year in build, a missing or broken framework); their pages are skipped without further diagnostics.</summary>
    public IReadOnlySet<int> BrokenFrameworkYears { get; init; } = new HashSet<int>();

    public static SitePath OitIndexPath(int year) => new($"/oit/{year}/");

    public static SitePath ItemPath(int year, IndicatorCode code) => new($"/oit/{year}/{code.Slug}/");

    public static SitePath MeasurePath(int year, int number) => new($"/measures/{year}/{number}/");

    public static SitePath SearchPath => new("/search/");

    public static SitePath NotFoundPath => new("/404.html");

    public BoundItem? FindItem(int year, IndicatorCode code) => Items.FirstOrDefault(i => i.Page.Year == year && i.Page.Code == code);

    public IEnumerable<BoundMeasure> MeasuresFor(BoundItem item) =>
        Measures.Where(m => m.Page.Year == item.Page.Year && m.Page.Indicators.Any(i => i.Code == item.Page.Code));

    /// <summary>The site path of a page given as <c>/complaints/</c> in site.yaml, or as a content path.</summary>
    public SitePath? FindPage(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }

        var link = Links.Resolve("site.yaml", reference.StartsWith('/') ? reference : "/" + reference);
        return link.Kind == LinkKind.Page ? link.Target : null;
    }
}
