using ItaSite.Generator.Content;
using ItaSite.Generator.Data.Loading;
using ItaSite.Generator.Framework;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Output;
using ItaSite.Generator.Site;
using ItaSite.Generator.Thai;

namespace ItaSite.Generator.Theming;

/// <summary>A page ready for the theme: where it goes, which layout, and its model.</summary>
public sealed record ComposedPage(SitePath Url, PageKind Kind, object Model);

/// <summary>A page whose model is built on demand.</summary>
public sealed record PlannedPage(SitePath Url, PageKind Kind, Func<object> Model)
{
    /// <summary>
    /// Everything <see cref="Model"/> is built from, when the composer can name it (plain pages: <see cref="PlainPageInputs"/>);
    /// null when the model reads across the site (items, indexes, measures), so only the built model says what it shows.
    /// </summary>
    public object? Inputs { get; init; }

    public ComposedPage Compose() => new(Url, Kind, Model());
}

/// <summary>What every page's context is made of in one build: the site (compared as a frame), its data and the menu.</summary>
public sealed record ComposerShared(SiteModel Site, DataCatalog Data, IReadOnlyList<NavLink> Nav) : Reuse.ISharedInputs;

/// <summary>What a plain page's model is built from: the page, its rendered body and what every page shares.</summary>
public sealed record PlainPageInputs(BoundPage Page, RenderedBody Body, ComposerShared Shared);

/// <summary>
/// Builds the model of every page of the site from the validated site and the rendered Markdown: home, generic pages, the OIT
/// index of each year, every framework item (a placeholder where the site has no page yet), measures, search and 404.
/// </summary>
public sealed class PageComposer(SiteModel site, IReadOnlyDictionary<ContentPage, RenderedMarkdown> bodies, DataCatalog? data = null)
{
    private readonly ThaiFormatter _format = new(site.Config.ThaiDigits);
    private readonly YearViews _years = new(site);
    private readonly IReadOnlyList<NavLink> _nav = SiteMenu.Build(site);
    private readonly PartialRenderer _partials = new(site);
    private readonly DataCatalog _data = data ?? DataCatalog.Empty;

    // Evidence links name the page they point to; a scan of every page per link would cost items x links x pages.
    private readonly Lazy<Dictionary<SitePath, string>> _titles = new(() => PageTitles(site));

    /// <summary>Every page with its model built.</summary>
    public IEnumerable<ComposedPage> Compose() => Plan().Select(p => p.Compose());

    /// <summary>
    /// Every page of the site in a stable order, each with a function that builds its model, so a caller that can reuse a
    /// page's HTML (<c>serve</c>) builds only the models it renders.
    /// </summary>
    public IEnumerable<PlannedPage> Plan()
    {
        var home = site.Pages.FirstOrDefault(p => p.Url.Value == "/");
        yield return new PlannedPage(new SitePath("/"), PageKind.Home, () => new HomeView(
            Context(new SitePath("/"), home?.Page.Title ?? site.Config.Name, home?.Page.Description),
            home is null ? RenderedBody.Empty : Body(home.Page),
            _years.Summaries()));

        var shared = new ComposerShared(site, _data, _nav);
        foreach (var page in site.Pages.Where(p => p.Url.Value != "/"))
        {
            var inputs = new PlainPageInputs(page, Body(page.Page), shared);
            yield return new PlannedPage(page.Url, PageKind.Page, () => Plain(inputs)) { Inputs = inputs };
        }

        if (site.Frameworks.Count > 0)
        {
            yield return new PlannedPage(SiteModel.YearsIndexPath, PageKind.Years, () => new YearsView(
                Context(SiteModel.YearsIndexPath, "การเปิดเผยข้อมูลสาธารณะ (OIT) ทุกปีการประเมิน", "ข้อมูลการประเมิน ITA ของทุกปี ทั้งปีปัจจุบันและเอกสารย้อนหลัง"),
                _years.Summaries()));
        }

        foreach (var framework in site.Frameworks.Values.OrderBy(f => f.Year))
        {
            yield return new PlannedPage(SiteModel.OitIndexPath(framework.Year), PageKind.OitIndex, () => OitIndex(framework));
            for (var i = 0; i < framework.Items.Count; i++)
            {
                var item = framework.Items[i];
                var url = SiteModel.ItemPath(framework.Year, item.Code);
                var previous = i > 0 ? SiteModel.ItemPath(framework.Year, framework.Items[i - 1].Code) : (SitePath?)null;
                var next = i + 1 < framework.Items.Count ? SiteModel.ItemPath(framework.Year, framework.Items[i + 1].Code) : (SitePath?)null;
                yield return new PlannedPage(url, PageKind.Item, () => Item(framework, item, url, previous, next));
            }
        }

        foreach (var measure in site.Measures)
        {
            yield return new PlannedPage(measure.Url, PageKind.Measure, () => Measure(measure));
        }

        yield return new PlannedPage(SiteModel.SearchPath, PageKind.Search, () => new SearchView(Context(SiteModel.SearchPath, "ค้นหา", "ค้นหาข้อมูลในเว็บไซต์")));
        yield return new PlannedPage(SiteModel.NotFoundPath, PageKind.NotFound, () => new NotFoundView(Context(SiteModel.NotFoundPath, "ไม่พบหน้าที่ต้องการ", null)));
    }

    // Reads the site's config and partials (through the frame), the menu and the data: the shared inputs of a plain page.
    private PageContext Context(SitePath url, string title, string? description) => new(site, url, title, description, _format, _nav)
    {
        Data = _data,
        Partials = _partials.For(url),
    };

    /// <summary>A plain page's model, from its inputs alone (so they are all it depends on).</summary>
    private GenericView Plain(PlainPageInputs inputs) =>
        new(Context(inputs.Page.Url, inputs.Page.Page.Title, inputs.Page.Page.Description), inputs.Body);

    /// <summary>The context of a page of one year: archive and draft marks, and the year switcher's links.</summary>
    private PageContext YearContext(int year, SitePath url, string title, string? description, Func<int, SitePath?>? samePage = null) =>
        Context(url, title, description) with { Year = year, YearLinks = _years.Links(samePage) };

    private RenderedBody Body(ContentPage page) => bodies.TryGetValue(page, out var rendered) ? rendered.Body : RenderedBody.Empty;

    private OitIndexView OitIndex(IndicatorFramework framework)
    {
        var groups = new List<IndexGroup>();
        foreach (var indicator in framework.Indicators)
        {
            foreach (var sub in indicator.SubIndicators)
            {
                var rows = framework.Items
                    .Where(i => i.SubIndicator.Id == sub.Id)
                    .Select(i => new IndexRow(i, site.FindItem(framework.Year, i.Code), SiteModel.ItemPath(framework.Year, i.Code)))
                    .ToList();
                if (rows.Count > 0)
                {
                    groups.Add(new IndexGroup(indicator, sub, rows));
                }
            }
        }

        var title = $"การเปิดเผยข้อมูลสาธารณะ (OIT) ประจำปีงบประมาณ พ.ศ. {framework.Year}";
        return new OitIndexView(YearContext(framework.Year, SiteModel.OitIndexPath(framework.Year), title, framework.Title), framework, groups);
    }

    private ItemView Item(IndicatorFramework framework, FrameworkItem item, SitePath url, SitePath? previous, SitePath? next)
    {
        var bound = site.FindItem(framework.Year, item.Code);
        var title = $"{item.Code} {bound?.Title ?? item.Title}";
        var sameTopic = _years.SameTopic(framework.Year, item.Code);
        var context = YearContext(framework.Year, url, title, bound?.Page.Summary, YearViews.TopicInYear(framework.Year, item.Code, sameTopic));
        var rendered = bound is null ? null : bodies.GetValueOrDefault(bound.Page);
        var components = item.Components
            .Select(c => new ComponentRow(c, bound is null ? [] : EvidenceFor(bound, c.Id, rendered, context)))
            .ToList();
        var related = bound is null ? [] : site.MeasuresFor(bound).Select(m => new MeasureRow(m, context.Href(m.Url))).ToList();
        var includes = bound?.Page.Includes ?? [];
        var yearMeasures = site.Measures.Where(m => m.Page.Year == framework.Year).Select(m => new MeasureRow(m, context.Href(m.Url))).ToList();
        return new ItemView(
            context,
            item,
            bound,
            rendered?.Body ?? RenderedBody.Empty,
            components,
            bound is null ? [] : AttachmentViews.For(bound.Page.Attachments, site, context),
            related,
            includes.Contains("measures") ? yearMeasures : [],
            includes.Contains("measures-progress") ? yearMeasures : [],
            SiteModel.OitIndexPath(framework.Year),
            previous,
            next)
        {
            SameTopic = sameTopic,
        };
    }

    private List<EvidenceView> EvidenceFor(BoundItem bound, string componentId, RenderedMarkdown? rendered, PageContext context)
    {
        var result = new List<EvidenceView>();
        foreach (var evidence in bound.Page.Evidence.Where(e => e.ComponentId == componentId))
        {
            var link = site.Links.Resolve(bound.Page.Source.ContentPath, evidence.Target);
            var label = link.Kind switch
            {
                LinkKind.SamePageAnchor => rendered?.Headings.FirstOrDefault(h => h.Id == link.Fragment)?.Text ?? evidence.Target,
                LinkKind.Asset => bound.Page.Attachments.FirstOrDefault(a => a.ContentPath == link.AssetContentPath)?.Title ?? Path.GetFileName(link.AssetContentPath!),
                LinkKind.Page => PageTitle(link.Target!.Value) ?? evidence.Target,
                _ => evidence.Target,
            };
            if (link.Kind is LinkKind.SamePageAnchor or LinkKind.Asset or LinkKind.Page or LinkKind.External)
            {
                result.Add(new EvidenceView(label, link.Href(context.Url)));
            }
        }

        return result;
    }

    private string? PageTitle(SitePath path) => _titles.Value.GetValueOrDefault(path);

    // The first page with the URL wins, then the first item, as the evidence label always read them.
    private static Dictionary<SitePath, string> PageTitles(SiteModel site)
    {
        var titles = new Dictionary<SitePath, string>(site.Pages.Count + site.Items.Count);
        foreach (var page in site.Pages)
        {
            titles.TryAdd(page.Url, page.Page.Title);
        }

        foreach (var item in site.Items)
        {
            titles.TryAdd(item.Url, $"{item.Page.Code} {item.Title}");
        }

        return titles;
    }

    private MeasureView Measure(BoundMeasure measure)
    {
        var page = measure.Page;
        var context = YearContext(page.Year, measure.Url, $"มาตรการที่ {page.Number} {page.Title}", page.Issue);
        var framework = site.Frameworks[page.Year];
        var items = page.Indicators
            .Select(i => framework.Find(i.Code))
            .OfType<FrameworkItem>()
            .Select(i => new ItemLinkView(i.Code.ToString(), i.Title, context.Href(SiteModel.ItemPath(page.Year, i.Code))))
            .ToList();
        var perception = page.PerceptionIndicators.Select(p => framework.FindPerception(p.Number)).OfType<PerceptionIndicator>().ToList();
        return new MeasureView(context, measure, Body(page), items, perception, AttachmentViews.For(page.Attachments, site, context));
    }
}
