using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;
using ItaSite.Generator.Output;
using ItaSite.Generator.Reuse;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Binding;

/// <summary>
/// Stage 3 (validate): finds the assessment years and their frameworks (<see cref="Years.SiteYearsLoader"/>), binds item pages to framework items, checks unknown and
/// duplicate indicators, components, measures and page paths, and gives every page its published path.
/// Items without a page are a warning here; <c>check</c> leaves them to the readiness stage, where they are errors.
/// </summary>
public sealed class SiteBinder(DiagnosticBag diagnostics, bool reportItemsWithoutPage = true, bool includeDraftYears = false, IStepRunner? steps = null)
{
    public SiteModel Bind(SiteConfig config, SourceFile siteFile, ContentSet content, IReadOnlyList<ContentPage> pages) =>
        Bind(config, content, pages, new Years.SiteYearsLoader(diagnostics, includeDraftYears).Load(config, siteFile, content));

    /// <summary>Binds the pages to <paramref name="years"/>, loaded beforehand (the builder loads them as a step of their own).</summary>
    public SiteModel Bind(SiteConfig config, ContentSet content, IReadOnlyList<ContentPage> pages, Years.LoadedYears years) =>
        Bind(config, content, pages, years, [.. pages.OfType<GenericPage>().Select(BindPage)]);

    /// <summary>A plain page with its published path (it depends on nothing else, so the builder runs it as a step per page).</summary>
    public static BoundPage BindPage(GenericPage page) => new(page, GenericPath(page.Source.ContentPath));

    /// <summary>
    /// Binds the pages to <paramref name="years"/>, with the plain pages among <paramref name="pages"/> bound beforehand
    /// (<paramref name="generic"/>, in their order, by <see cref="BindPage"/>).
    /// </summary>
    public SiteModel Bind(SiteConfig config, ContentSet content, IReadOnlyList<ContentPage> pages, Years.LoadedYears years, List<BoundPage> generic)
    {
        var frameworks = years.Frameworks;

        // Pages of a draft year (build) or of a year without a framework (already one error) are left out without more messages.
        // One pass with sealed-type tests, not two OfType walks (their shared generic type test showed in serve profiles).
        var (itemPages, measurePages) = (new List<ItemPage>(), new List<MeasurePage>());
        foreach (var page in pages)
        {
            if (page is ItemPage item && !years.LeftOut.Contains(item.Year))
            {
                itemPages.Add(item);
            }
            else if (page is MeasurePage measure && !years.LeftOut.Contains(measure.Year))
            {
                measurePages.Add(measure);
            }
        }

        var items = BindItems(itemPages, frameworks);
        var measures = BindMeasures(measurePages, frameworks);
        if (reportItemsWithoutPage)
        {
            ReportItemsWithoutPage(frameworks, items, content);
        }

        var partials = SitePartialsBinder.Take(config, generic, diagnostics);

        // Plain arrays, not LINQ over tuples: their generic code is not in the ReadyToRun image (issue 19).
        var claims = new PageClaim[items.Count + measures.Count + generic.Count];
        var n = 0;
        items.ForEach(i => claims[n++] = new(i.Page.Source, i.Url));
        measures.ForEach(m => claims[n++] = new(m.Page.Source, m.Url));
        generic.ForEach(g => claims[n++] = new(g.Page.Source, g.Url));
        var links = new LinkTableInputs(claims, frameworks, content.Assets);
        var resolver = (steps ?? RunEveryStep.Instance).Run(ReusableStep.LinkTable, nameof(ReusableStep.LinkTable), links, LinkTable.Build, diagnostics);
        // Years (folders, drafts, per-year settings) decide which frameworks load; the catalog maps topics across them.
        return new SiteModel(config, content, frameworks, items, measures, generic, resolver)
        {
            Years = years.Years,
            Catalog = years.Catalog,
            BrokenFrameworkYears = years.BrokenYears,
            Partials = partials,
        };
    }

    /// <summary><c>pages/index.md</c> → <c>/</c>, <c>pages/about.md</c> → <c>/about/</c>, <c>pages/a/index.md</c> → <c>/a/</c>.</summary>
    public static SitePath GenericPath(string contentPath)
    {
        var path = contentPath.StartsWith("pages/", StringComparison.Ordinal) ? contentPath["pages/".Length..] : contentPath;
        path = path[..^Path.GetExtension(path).Length];
        if (path == "index" || path.EndsWith("/index", StringComparison.Ordinal))
        {
            path = path[..^"index".Length];
        }

        return new SitePath(path.Length == 0 ? "/" : "/" + path.TrimEnd('/') + "/");
    }

    private List<BoundItem> BindItems(IEnumerable<ItemPage> pages, IReadOnlyDictionary<int, IndicatorFramework> frameworks)
    {
        var result = new List<BoundItem>();
        var seen = new Dictionary<(int, IndicatorCode), ItemPage>();
        foreach (var page in pages)
        {
            if (!frameworks.TryGetValue(page.Year, out var framework))
            {
                diagnostics.Error(DiagnosticCodes.UnknownYear, page.CodeSpan, $"year {page.Year} is not an assessment year of this site (see assessment_years in site.yaml)");
                continue;
            }

            if (framework.Find(page.Code) is not { } item)
            {
                var first = framework.Items.Count > 0 ? framework.Items[0].Code.ToString() : "?";
                var last = framework.Items.Count > 0 ? framework.Items[^1].Code.ToString() : "?";
                diagnostics.Error(DiagnosticCodes.UnknownIndicator, page.CodeSpan, $"{page.Code} is not an item of ITA {page.Year} (items are {first}–{last}) (ไม่มีข้อนี้ในกรอบการประเมิน)");
                continue;
            }

            if (seen.TryGetValue((page.Year, page.Code), out var other))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateIndicator, page.CodeSpan, $"{page.Code} of {page.Year} already has a page: {other.CodeSpan} (ข้อนี้มีหน้าซ้ำ)");
                continue;
            }

            seen[(page.Year, page.Code)] = page;
            foreach (var evidence in page.Evidence.Where(e => item.FindComponent(e.ComponentId) is null))
            {
                var ids = string.Join(", ", item.Components.Select(c => c.Id));
                diagnostics.Error(DiagnosticCodes.UnknownComponent, evidence.Span, $"{page.Code} has no component '{evidence.ComponentId}' (its components are {ids})");
            }

            result.Add(new BoundItem(page, item, framework, SiteModel.ItemPath(page.Year, page.Code)));
        }

        result.Sort((a, b) => a.Page.Year != b.Page.Year ? a.Page.Year.CompareTo(b.Page.Year) : a.Page.Code.CompareTo(b.Page.Code));
        return result;
    }

    private void ReportItemsWithoutPage(IReadOnlyDictionary<int, IndicatorFramework> frameworks, List<BoundItem> items, ContentSet content)
    {
        var displayRoot = content.SiteFile is { } site ? site.DisplayPath[..^site.ContentPath.Length] : string.Empty;
        foreach (var framework in frameworks.Values.OrderBy(f => f.Year))
        {
            foreach (var item in framework.Items.Where(i => !items.Any(b => b.Page.Year == framework.Year && b.Page.Code == i.Code)))
            {
                var folder = $"{displayRoot}oit/{framework.Year}";
                diagnostics.Warning(DiagnosticCodes.ItemWithoutPage, new SourceSpan(folder), $"{item.Code} {item.Title} has no page; a placeholder saying it is not yet published is built (ข้อนี้ยังไม่มีหน้าเนื้อหา)");
            }
        }
    }

    private List<BoundMeasure> BindMeasures(IEnumerable<MeasurePage> pages, IReadOnlyDictionary<int, IndicatorFramework> frameworks)
    {
        var result = new List<BoundMeasure>();
        var seen = new Dictionary<(int, int), MeasurePage>();
        foreach (var page in pages)
        {
            if (!frameworks.TryGetValue(page.Year, out var framework))
            {
                diagnostics.Error(DiagnosticCodes.UnknownYear, page.NumberSpan, $"year {page.Year} is not an assessment year of this site");
                continue;
            }

            if (seen.TryGetValue((page.Year, page.Number), out var other))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateMeasure, page.NumberSpan, $"measure {page.Number} of {page.Year} is already defined in {other.Source.DisplayPath}");
                continue;
            }

            seen[(page.Year, page.Number)] = page;
            foreach (var (code, span) in page.Indicators.Where(i => framework.Find(i.Code) is null))
            {
                diagnostics.Error(DiagnosticCodes.UnknownIndicator, span, $"{code} is not an item of ITA {page.Year}");
            }

            foreach (var (number, span) in page.PerceptionIndicators.Where(p => framework.FindPerception(p.Number) is null))
            {
                diagnostics.Error(DiagnosticCodes.UnknownPerceptionIndicator, span, $"ITA {page.Year} has no IIT/EIT indicator {number} (indicators are 1–{framework.PerceptionIndicators.Count})");
            }

            result.Add(new BoundMeasure(page, SiteModel.MeasurePath(page.Year, page.Number)));
        }

        result.Sort((a, b) => a.Page.Year != b.Page.Year ? a.Page.Year.CompareTo(b.Page.Year) : a.Page.Number.CompareTo(b.Page.Number));
        return result;
    }
}
