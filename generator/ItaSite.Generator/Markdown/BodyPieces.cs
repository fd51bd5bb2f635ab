using ItaSite.Generator.Directives;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using MarkdigHtmlRenderer = Markdig.Renderers.HtmlRenderer;

namespace ItaSite.Generator.Markdown;

/// <summary>
/// A parsed body's HTML, rendered in one pass and cut where each directive stands: <see cref="Html"/> holds one more piece than
/// <see cref="Directives"/> (the HTML before the first directive, between each two, after the last; a piece may be empty).
/// Directives inside lists or quotes were removed with an error before this (<see cref="DirectiveExtension.RemoveNested"/>),
/// so every cut falls between whole blocks and each piece is balanced HTML of its own. Rendered by
/// <see cref="PooledHtmlRenderers"/>, whose renderers carry a <see cref="DirectiveCuts"/> each.
/// </summary>
internal sealed record BodyPieces(IReadOnlyList<string> Html, IReadOnlyList<DirectivePart> Directives)
{
    public long Length => Html.Sum(piece => (long)piece.Length);

    /// <summary>Cuts <paramref name="text"/>, a whole body's HTML, where <paramref name="cuts"/> recorded its directives.</summary>
    public static BodyPieces Cut(string text, DirectiveCuts cuts)
    {
        var html = new List<string>(cuts.Offsets.Count + 1);
        var at = 0;
        foreach (var offset in cuts.Offsets)
        {
            html.Add(text[at..offset]);
            at = offset;
        }

        html.Add(text[at..]);
        return new BodyPieces(html, [.. cuts.Directives]);
    }

    /// <summary>The typed body: the sanitized pieces (<paramref name="html"/>, one per piece) with the directives between them.</summary>
    public RenderedBody With(IReadOnlyList<string> html)
    {
        var parts = new List<BodyPart>(html.Count + Directives.Count);
        for (var i = 0; i < html.Count; i++)
        {
            if (html[i].Length > 0)
            {
                parts.Add(new HtmlPart(html[i]));
            }

            if (i < Directives.Count)
            {
                parts.Add(Directives[i]);
            }
        }

        return new RenderedBody(parts);
    }

    /// <summary>
    /// Renders a directive as a cut: where the HTML so far ends, and which directive stands there. The whole document is still
    /// rendered in one pass, so Markdig lays out the blocks around a directive exactly as it always has.
    /// </summary>
    internal sealed class DirectiveCuts(StringWriter writer) : HtmlObjectRenderer<DirectiveBlock>
    {
        public List<int> Offsets { get; } = [];

        public List<DirectivePart> Directives { get; } = [];

        /// <summary>Forgets the cuts of the previous page (a reused renderer renders many).</summary>
        public void Clear()
        {
            Offsets.Clear();
            Directives.Clear();
        }

        protected override void Write(MarkdigHtmlRenderer renderer, DirectiveBlock block)
        {
            writer.Flush();
            Offsets.Add(writer.GetStringBuilder().Length);
            Directives.Add(new DirectivePart(block.Name, block.Argument));
            // Leaves the renderer "mid-line", as the directive's former placeholder did, so the next block starts on a new line.
            renderer.Write(string.Empty);
        }
    }
}
