using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ItaSite.Generator.Markdown;

/// <summary>
/// Markdig writes a pipe table's column alignment (<c>|---:|</c>) as <c>style="text-align: …"</c> on each cell. The site's
/// Content-Security-Policy (<c>style-src 'self'</c>) makes the browser refuse those attributes, so the numbers of a budget
/// table would silently lose their alignment. This moves the alignment into classes (<c>align-right</c>…) the theme styles.
/// </summary>
public static class TableAlignment
{
    /// <param name="tables">The tables of one body, gathered by <see cref="BodyNodes"/>.</param>
    internal static void ToClasses(IReadOnlyList<Table> tables)
    {
        foreach (var table in tables)
        {
            var columns = table.ColumnDefinitions;
            foreach (var row in table.OfType<TableRow>())
            {
                var position = 0;
                foreach (var cell in row.OfType<TableCell>())
                {
                    // Pipe tables leave ColumnIndex at -1; Markdig's renderer then uses the cell's position, and so do we.
                    var index = cell.ColumnIndex < 0 || cell.ColumnIndex >= columns.Count ? position : cell.ColumnIndex;
                    position++;
                    if (index >= 0 && index < columns.Count && ClassOf(columns[index].Alignment) is { } name)
                    {
                        cell.GetAttributes().AddClass(name);
                    }
                }
            }

            foreach (var column in columns)
            {
                column.Alignment = null;
                column.Width = 0;
            }
        }
    }

    private static string? ClassOf(TableColumnAlign? align) => align switch
    {
        TableColumnAlign.Left => "align-left",
        TableColumnAlign.Center => "align-center",
        TableColumnAlign.Right => "align-right",
        _ => null,
    };
}
