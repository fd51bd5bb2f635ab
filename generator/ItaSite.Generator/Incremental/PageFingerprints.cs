using System.Globalization;
using System.Text;
using ItaSite.Generator.Binding;
using ItaSite.Generator.Content;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Incremental;

/// <summary>
/// What each published page is made from, as a string of versions: the site's shape (every page path, site.yaml, framework
/// files, assets, the menu), the page's own source, and the sources it shows data from (an OIT index shows every item of its
/// year; an item shows the measures of its year and the titles of the pages its evidence links to; the home page counts the
/// items). Equal fingerprints mean equal HTML, so a one-page edit re-renders that page and the few pages that list it.
/// </summary>
public sealed class PageFingerprints(SiteModel site, Func<ContentPage, long> versionOf, long shape, long titles)
{
    /// <summary>Everything that changes links, menus or the frame of every page.</summary>
    public static string ShapeKey(SiteModel site)
    {
        var sb = new StringBuilder();
        sb.Append(site.Content.SiteFile?.Text).Append('\0');
        foreach (var data in site.Content.DataFiles)
        {
            sb.Append(data.ContentPath).Append('\0').Append(data.Text).Append('\0');
        }

        foreach (var file in site.Content.Markdown)
        {
            sb.Append(file.ContentPath).Append('\n');
        }

        foreach (var asset in site.Content.Assets.Values.OrderBy(a => a.ContentPath, StringComparer.Ordinal))
        {
            sb.Append(asset.ContentPath).Append('\t').Append(asset.Length.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        foreach (var item in site.Items)
        {
            sb.Append(item.Page.Source.ContentPath).Append('>').Append(item.Url.Value).Append('\n');
        }

        foreach (var measure in site.Measures)
        {
            sb.Append(measure.Page.Source.ContentPath).Append('>').Append(measure.Url.Value).Append('\n');
        }

        foreach (var page in site.Pages)
        {
            sb.Append(page.Page.Source.ContentPath).Append('>').Append(page.Url.Value);
            if (page.Page.Menu is { } menu)
            {
                sb.Append('\t').Append(menu.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(page.Page.Title);
            }

            sb.Append('\n');
        }

        // The site's header/footer/intro partials are on every page.
        foreach (var partial in site.Partials.All)
        {
            sb.Append(partial.Page.Source.ContentPath).Append('\0').Append(partial.Page.Source.Text).Append('\0');
        }

        return sb.ToString();
    }

    /// <summary>Every page title another page may show (evidence labels).</summary>
    public static string TitlesKey(SiteModel site)
    {
        var sb = new StringBuilder();
        foreach (var page in site.Pages)
        {
            sb.Append(page.Page.Title).Append('\n');
        }

        foreach (var item in site.Items)
        {
            sb.Append(item.Title).Append('\n');
        }

        return sb.ToString();
    }

    public Dictionary<string, string> Compute()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var allItems = Versions(site.Items.Select(i => i.Page));
        var home = site.Pages.FirstOrDefault(p => p.Url.Value == "/");
        result["/"] = Home(home, allItems);
        YearsIndex(result, allItems);
        foreach (var page in site.Pages.Where(p => p.Url.Value != "/"))
        {
            result[page.Url.Value] = Own(page.Page);
        }

        foreach (var framework in site.Frameworks.Values)
        {
            Year(framework, result, items: true);
        }

        foreach (var measure in site.Measures)
        {
            result[measure.Url.Value] = Own(measure.Page);
        }

        result[SiteModel.SearchPath.Value] = G;
        result[SiteModel.NotFoundPath.Value] = G;
        return result;
    }

    /// <summary>
    /// <see cref="Compute"/> after <paramref name="swapped"/> pages were replaced by new versions (same paths, same shape), from
    /// the fingerprints of the site before: only the entries those pages feed are made again (every item's when the titles
    /// version changed too). Equal to <see cref="Compute"/> under those conditions (tested through session rebuilds).
    /// </summary>
    public Dictionary<string, string> Update(Dictionary<string, string> previous, IEnumerable<ContentPage> swapped, bool titlesChanged)
    {
        var result = new Dictionary<string, string>(previous, StringComparer.Ordinal);
        var home = false;
        var years = new HashSet<int>();
        var indexYears = new HashSet<int>();
        foreach (var page in swapped)
        {
            switch (page)
            {
                case GenericPage generic:
                    var url = SiteBinder.GenericPath(generic.Source.ContentPath).Value;
                    if (url.StartsWith("/oit/", StringComparison.Ordinal) || url.StartsWith("/measures/", StringComparison.Ordinal)
                        || url == SiteModel.SearchPath.Value || url == SiteModel.NotFoundPath.Value)
                    {
                        return Compute(); // a path the site's own pages may take over: keep Compute's order
                    }

                    if (url == "/")
                    {
                        home = true;
                    }
                    else
                    {
                        result[url] = Own(generic);
                    }

                    break;
                case ItemPage item:
                    home = true;
                    years.Add(item.Year);
                    indexYears.Add(item.Year);
                    break;
                case MeasurePage measure:
                    result[SiteModel.MeasurePath(measure.Year, measure.Number).Value] = Own(measure);
                    years.Add(measure.Year);
                    break;
            }
        }

        if (home)
        {
            var allItems = Versions(site.Items.Select(i => i.Page));
            result["/"] = Home(site.Pages.FirstOrDefault(p => p.Url.Value == "/"), allItems);
            YearsIndex(result, allItems);
        }

        foreach (var framework in site.Frameworks.Values)
        {
            if (titlesChanged || years.Contains(framework.Year))
            {
                Year(framework, result, items: true, index: indexYears.Contains(framework.Year));
            }
            else if (indexYears.Contains(framework.Year))
            {
                Year(framework, result, items: false);
            }
        }

        return result;
    }

    private string G => "g" + shape.ToString(CultureInfo.InvariantCulture);

    private string Home(BoundPage? home, string allItems) => $"{G}|{(home is null ? "-" : V(home.Page))}|{allItems}";

    /// <summary>The years index (<c>/oit/</c>) counts every year's items, like the home page.</summary>
    private void YearsIndex(Dictionary<string, string> result, string allItems)
    {
        if (site.Frameworks.Count > 0)
        {
            result[SiteModel.YearsIndexPath.Value] = $"{G}|{allItems}";
        }
    }

    private string Own(ContentPage page) => $"{G}|{V(page)}";

    private void Year(Framework.IndicatorFramework framework, Dictionary<string, string> result, bool items, bool index = true)
    {
        var year = framework.Year;
        var bound = site.Items.Where(i => i.Page.Year == year).ToDictionary(i => i.Page.Code);
        if (index)
        {
            result[SiteModel.OitIndexPath(year).Value] = $"{G}|{Versions(bound.Values.Select(i => i.Page))}";
        }

        if (!items)
        {
            return;
        }

        var measures = Versions(site.Measures.Where(m => m.Page.Year == year).Select(m => m.Page));
        foreach (var item in framework.Items)
        {
            var own = bound.TryGetValue(item.Code, out var page) ? V(page.Page) : "-";
            result[SiteModel.ItemPath(year, item.Code).Value] = $"{G}|{own}|{measures}|t{titles.ToString(CultureInfo.InvariantCulture)}";
        }
    }

    private string V(ContentPage page) => versionOf(page).ToString(CultureInfo.InvariantCulture);

    private string Versions(IEnumerable<ContentPage> pages) => string.Join(',', pages.Select(V));
}
