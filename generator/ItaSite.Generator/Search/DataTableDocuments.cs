using ItaSite.Generator.Content;
using ItaSite.Generator.Data.Loading;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Site;
using ItaSite.Generator.Thai;

namespace ItaSite.Generator.Search;

/// <summary>
/// One search entry of kind <c>data</c> for every table a page shows: each data set it places with <c>::data[…]</c> and each
/// measures table it includes. An entry links to the page that shows the table and names it (<c>p</c>), so the "data table"
/// filter lists the site's open data; the page's own entry holds the same text, so the page is found too.
/// </summary>
public static class DataTableDocuments
{
    public const string Kind = "data";

    /// <summary>The entries of the items' and measures' pages, page by page in index order (items, then measures).</summary>
    /// <remarks>A plain page's entries are <see cref="OfPage"/>: the index makes them with the page's own entry.</remarks>
    public static IEnumerable<SearchDocumentInputs> ForItemsAndMeasures(
        SiteModel site, IReadOnlyDictionary<ContentPage, RenderedMarkdown> bodies, DataCatalog data, ThaiFormatter format)
    {
        foreach (var framework in site.Frameworks.Values.OrderByDescending(f => f.Year))
        {
            foreach (var item in framework.Items)
            {
                if (site.FindItem(framework.Year, item.Code) is not { } bound)
                {
                    continue;
                }

                var url = SiteModel.ItemPath(framework.Year, item.Code).Value;
                var parent = $"{item.Code} {bound.Title ?? item.Title}";
                foreach (var entry in Sets(bound.Page, url, parent, framework.Year, bodies, data, format))
                {
                    yield return entry;
                }

                foreach (var (progress, table) in GeneratedBlockText.IncludedTables(bound.Page, framework.Year, data))
                {
                    var title = progress ? "ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส" : "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";
                    yield return new SearchDocumentInputs(url, $"{title} ประจำปีงบประมาณ {format.BuddhistYear(framework.Year)}", null, Kind,
                        [DataSearchText.Table(table, format)], framework.Year, parent);
                }
            }
        }

        foreach (var measure in site.Measures.OrderByDescending(m => m.Page.Year).ThenBy(m => m.Page.Number))
        {
            var parent = $"มาตรการที่ {measure.Page.Number} {measure.Page.Title}";
            foreach (var entry in Sets(measure.Page, measure.Url.Value, parent, measure.Page.Year, bodies, data, format))
            {
                yield return entry;
            }
        }
    }

    /// <summary>The entries of one plain page (<paramref name="body"/> is its rendered body).</summary>
    public static IEnumerable<SearchDocumentInputs> OfPage(BoundPage page, RenderedMarkdown? body, DataCatalog data, ThaiFormatter format) =>
        Sets(page.Url.Value, page.Page.Title, null, body, data, format);

    private static IEnumerable<SearchDocumentInputs> Sets(
        ContentPage page, string url, string parent, int? year, IReadOnlyDictionary<ContentPage, RenderedMarkdown> bodies, DataCatalog data, ThaiFormatter format) =>
        Sets(url, parent, year, bodies.GetValueOrDefault(page), data, format);

    // Most pages place no data set: they cost a count check, not a query chain each.
    private static IEnumerable<SearchDocumentInputs> Sets(string url, string parent, int? year, RenderedMarkdown? body, DataCatalog data, ThaiFormatter format) =>
        body is { Directives.Count: > 0 }
            ? DataSearchText.SetsOf(body.Directives, data).Select(set => new SearchDocumentInputs(url, set.Title, null, Kind, [DataSearchText.OfSet(set, data, format)], year, parent))
            : [];
}
