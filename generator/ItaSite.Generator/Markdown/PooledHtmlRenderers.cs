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

    /// <summary>The HTML of <paramref name="document"/> cut at its directives, as a fresh renderer set up by the pipeline would write it.</summary>
    public BodyPieces Render(MarkdownDocument document)
    {
        var renderer = _idle.TryTake(out var idle) ? idle : Create();
        renderer.Clear();
        renderer.Render(document);
        renderer.Writer.Flush();
        var pieces = BodyPieces.Cut(renderer.Writer.ToString()!, renderer.Cuts);
        _idle.Add(renderer);
        return pieces;
    }

    private Reusable Create()
    {
        var writer = new StringWriter();
        var renderer = new Reusable(writer);
        pipeline.Setup(renderer);
        renderer.Tables = ScrollableTableRenderer.Install(renderer);
        renderer.ObjectRenderers.Insert(0, renderer.Cuts);
        return renderer;
    }

    private sealed class Reusable(StringWriter writer) : MarkdigHtmlRenderer(writer)
    {
        public ScrollableTableRenderer? Tables { get; set; }

        public BodyPieces.DirectiveCuts Cuts { get; } = new(writer);

        /// <summary>Empties the writer and the renderer's line state, restarts the table numbering and forgets the cuts.</summary>
        public void Clear()
        {
            Reset();
            Tables?.Restart();
            Cuts.Clear();
        }
    }
}
