using System.Collections.Concurrent;
using Markdig;
using Markdig.Syntax;
using MarkdigHtmlRenderer = Markdig.Renderers.HtmlRenderer;

namespace ItaSite.Generator.Markdown;

/// <summary>
/// Markdig HTML renderers kept for reuse by one <see cref="MarkdownRenderer"/>: setting one up makes some thirty object
/// renderers and a writer, which per page cost more than rendering a short body. A renderer is reset before each page and
/// taken by one thread at a time; one that threw is dropped, since its state may be half-changed.
/// </summary>
internal sealed class PooledHtmlRenderers(MarkdownPipeline pipeline)
{
    private readonly ConcurrentBag<Reusable> _idle = [];

    /// <summary>The HTML of <paramref name="document"/>, as a fresh renderer set up by the pipeline would write it.</summary>
    public string Render(MarkdownDocument document)
    {
        var renderer = _idle.TryTake(out var idle) ? idle : Create();
        renderer.Clear();
        renderer.Render(document);
        renderer.Writer.Flush();
        var html = renderer.Writer.ToString()!;
        _idle.Add(renderer);
        return html;
    }

    private Reusable Create()
    {
        var renderer = new Reusable();
        pipeline.Setup(renderer);
        renderer.Tables = ScrollableTableRenderer.Install(renderer);
        return renderer;
    }

    private sealed class Reusable() : MarkdigHtmlRenderer(new StringWriter(System.Globalization.CultureInfo.InvariantCulture))
    {
        public ScrollableTableRenderer? Tables { get; set; }

        /// <summary>Empties the writer and the renderer's line state, and restarts the table numbering.</summary>
        public void Clear()
        {
            Reset();
            Tables?.Restart();
        }
    }
}
