using System.Text;
using ItaSite.Generator.Content;
using ItaSite.Generator.Data.Loading;
using ItaSite.Generator.Data.Tables;
using ItaSite.Generator.Site;
using ItaSite.Generator.Thai;

namespace ItaSite.Generator.Search;

/// <summary>
/// The text of what the theme adds to an item page beyond its Markdown: the measures table (<c>include: [measures]</c>, O42),
/// the progress table (<c>include: [measures-progress]</c>, O43) and the list of related measures. The page shows it, so the
/// page must be found by it.
/// </summary>
public static class GeneratedBlockText
{
    /// <summary>The included tables of an item page, each as its heading then its table; null when it includes none.</summary>
    public static string? Of(SiteModel site, BoundItem item, int year, DataCatalog data, ThaiFormatter format)
    {
        var sb = new StringBuilder();
        foreach (var (progress, table) in IncludedTables(item.Page, year, data))
        {
            sb.Append(progress ? "ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส" : "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน")
                .Append(" ประจำปีงบประมาณ ").Append(format.BuddhistYear(year)).Append('\n')
                .Append(DataSearchText.Table(table, format));
            DisplayForms.Measures(sb, site.Measures.Where(m => m.Page.Year == year).Select(m => m.Page), format);
        }

        var related = site.MeasuresFor(item).ToList();
        if (related.Count > 0)
        {
            sb.Append("มาตรการที่เกี่ยวข้อง\n");
            foreach (var m in related)
            {
                sb.Append("มาตรการที่ ").Append(format.Digits(m.Page.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                    .Append(' ').Append(m.Page.Title).Append('\n');
            }
        }

        return sb.Length == 0 ? null : sb.ToString();
    }

    /// <summary>The measures tables an item page includes (false: the list of O42, true: the progress report of O43).</summary>
    public static IEnumerable<(bool Progress, DataTable Table)> IncludedTables(ItemPage page, int year, DataCatalog data)
    {
        foreach (var progress in new[] { false, true })
        {
            if (page.Includes.Contains(progress ? "measures-progress" : "measures") && data.MeasuresTable(year, progress) is { } table)
            {
                yield return (progress, table);
            }
        }
    }
}
