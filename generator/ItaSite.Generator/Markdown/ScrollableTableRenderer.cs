using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ItaSite.Generator.Markdown;

/// <summary>
/// Writes each Markdown table inside <c>&lt;section class="table-wrap"&gt;</c>, the same scroll container the theme's own tables
/// use: on a phone a wide table scrolls by itself instead of widening the page or breaking Thai words mid-syllable. The
/// container is a labelled, focusable region so keyboard users can scroll it too (WCAG 2.1.1).
/// </summary>
public sealed class ScrollableTableRenderer(HtmlTableRenderer inner) : HtmlObjectRenderer<Table>
{
    public const string Label = "ตาราง";

    /// <summary>Swaps Markdig's table renderer of <paramref name="renderer"/> for this one; a no-op without tables enabled.</summary>
    public static void Install(HtmlRenderer renderer)
    {
        if (renderer.ObjectRenderers.Find<HtmlTableRenderer>() is { } original)
        {
            renderer.ObjectRenderers.Replace<HtmlTableRenderer>(new ScrollableTableRenderer(original));
        }
    }

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.EnsureLine();
        renderer.Write("<section class=\"table-wrap\" tabindex=\"0\" aria-label=\"").Write(Label).WriteLine("\">");
        ((Markdig.Renderers.IMarkdownObjectRenderer)inner).Write(renderer, table);
        renderer.WriteLine("</section>");
    }
}
