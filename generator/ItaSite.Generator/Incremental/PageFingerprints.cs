using System.Globalization;
using System.Text;
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
        var g = "g" + shape.ToString(CultureInfo.InvariantCulture);
        var itemsByYear = site.Items.ToLookup(i => i.Page.Year);
        var measuresByYear = site.Measures.ToLookup(m => m.Page.Year);
        var allItems = Versions(site.Items.Select(i => i.Page));

        var home = site.Pages.FirstOrDefault(p => p.Url.Value == "/");
        result["/"] = $"{g}|{(home is null ? "-" : V(home.Page))}|{allItems}";
        foreach (var page in site.Pages.Where(p => p.Url.Value != "/"))
        {
            result[page.Url.Value] = $"{g}|{V(page.Page)}";
        }

        foreach (var framework in site.Frameworks.Values)
        {
            var year = framework.Year;
            var items = itemsByYear[year].ToDictionary(i => i.Page.Code);
            var measures = Versions(measuresByYear[year].Select(m => m.Page));
            result[SiteModel.OitIndexPath(year).Value] = $"{g}|{Versions(items.Values.Select(i => i.Page))}";
            foreach (var item in framework.Items)
            {
                var own = items.TryGetValue(item.Code, out var bound) ? V(bound.Page) : "-";
                result[SiteModel.ItemPath(year, item.Code).Value] = $"{g}|{own}|{measures}|t{titles.ToString(CultureInfo.InvariantCulture)}";
            }
        }

        foreach (var measure in site.Measures)
        {
            result[measure.Url.Value] = $"{g}|{V(measure.Page)}";
        }

        result[SiteModel.SearchPath.Value] = g;
        result[SiteModel.NotFoundPath.Value] = g;
        return result;
    }

    private string V(ContentPage page) => versionOf(page).ToString(CultureInfo.InvariantCulture);

    private string Versions(IEnumerable<ContentPage> pages) => string.Join(',', pages.Select(V));
}
