using System.Text;
using ItaSite.Generator.Data;
using ItaSite.Generator.Thai;

namespace ItaSite.Generator.Search;

/// <summary>
/// The searchable text of the data sets a page shows with <c>::data[id]</c>: the set's title and note, then every table as the
/// page shows it (caption, column headers, each cell formatted as on the page, totals). So a contractor's name in the O21
/// procurement table or a service in the O16 statistics is found, though the theme renders those tables, not the Markdown.
/// </summary>
public static class DataSearchText
{
    public static string? Of(IEnumerable<DirectiveUse> directives, DataCatalog data, ThaiFormatter format)
    {
        if (directives is IReadOnlyCollection<DirectiveUse> { Count: 0 })
        {
            return null; // most pages: no allocation
        }

        var sb = new StringBuilder();
        foreach (var use in directives.Where(d => d.Name == "data").DistinctBy(d => d.Argument))
        {
            if (!data.Sets.TryGetValue(use.Argument, out var set))
            {
                continue;
            }

            sb.Append(set.Title).Append('\n');
            switch (set)
            {
                case ComplaintStatistics { Note: { } note }:
                    sb.Append(note).Append('\n');
                    break;
                case ServiceStatistics services:
                    sb.Append("หน่วย: ").Append(services.Unit).Append('\n');
                    break;
            }

            foreach (var table in data.TablesOf(set))
            {
                Append(sb, table, format);
            }
        }

        return sb.Length == 0 ? null : sb.ToString();
    }

    private static void Append(StringBuilder sb, DataTable table, ThaiFormatter format)
    {
        sb.Append(format.Digits(table.Caption)).Append('\n');
        sb.AppendJoin(" | ", table.Columns.Select(c => CellFormatter.Header(c, format))).Append('\n');
        foreach (var row in table.Rows.Append(table.Totals ?? []).Where(r => r.Count > 0))
        {
            sb.AppendJoin(" | ", row.Select(cell => CellFormatter.Display(cell, format))).Append('\n');
        }
    }
}
