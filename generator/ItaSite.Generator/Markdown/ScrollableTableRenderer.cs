using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ItaSite.Generator.Markdown;

/// <summary>
/// Writes each Markdown table inside <c>&lt;section class="table-wrap"&gt;</c>, the same scroll container the theme's own tables
/// use: on a phone a wide table scrolls by itself instead of widening the page or breaking Thai words mid-syllable. The
/// container is a labelled, focusable region so keyboard users can scroll it too (WCAG 2.1.1).
/// </summary>
/// <remarks>Each region needs its own name (landmarks must be unique): "ตารางที่ 2 งบประมาณรายจ่าย", from the table's number
/// in the page and the nearest heading above it. One instance renders one page at a time.</remarks>
public sealed class ScrollableTableRenderer(HtmlTableRenderer inner) : HtmlObjectRenderer<Table>
{
    private int _count;

    /// <summary>Swaps Markdig's table renderer of <paramref name="renderer"/> for this one (returned); a no-op without tables enabled.</summary>
    public static ScrollableTableRenderer? Install(HtmlRenderer renderer)
    {
        if (renderer.ObjectRenderers.Find<HtmlTableRenderer>() is not { } original)
        {
            return null;
        }

        var tables = new ScrollableTableRenderer(original);
        renderer.ObjectRenderers.Replace<HtmlTableRenderer>(tables);
        return tables;
    }

    /// <summary>Numbers the next page's tables from 1 again (a reused renderer renders many pages).</summary>
    public void Restart() => _count = 0;

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.EnsureLine();
        _count++;
        var label = "ตารางที่ " + _count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (HeadingAbove(table) is { Length: > 0 } heading)
        {
            label += " " + heading;
        }

        renderer.Write("<section class=\"table-wrap\" tabindex=\"0\" aria-label=\"").WriteEscape(label).WriteLine("\">");
        ((Markdig.Renderers.IMarkdownObjectRenderer)inner).Write(renderer, table);
        renderer.WriteLine("</section>");
    }

    private static string? HeadingAbove(Block block)
    {
        for (var current = block; current.Parent is { } parent; current = parent)
        {
            var index = parent.IndexOf(current);
            for (var i = index - 1; i >= 0; i--)
            {
                if (parent[i] is HeadingBlock heading)
                {
                    return BodyNodes.InlineText(heading.Inline);
                }
            }
        }

        return null;
    }
}
