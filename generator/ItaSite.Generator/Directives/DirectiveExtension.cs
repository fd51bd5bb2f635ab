using SourceSpan = ItaSite.Generator.Diagnostics.SourceSpan;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace ItaSite.Generator.Directives;

/// <summary>Markdig extension: parses <c>::name[argument]</c> lines and renders each as a <see cref="BlockMarker"/>.</summary>
public sealed class DirectiveExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<DirectiveBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new DirectiveBlockParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<DirectiveRenderer>())
        {
            html.ObjectRenderers.Insert(0, new DirectiveRenderer());
        }
    }

    public static IReadOnlyList<DirectiveUse> Uses(MarkdownDocument document, string displayPath, int firstLine) =>
        [.. document.Descendants<DirectiveBlock>().Select(d => new DirectiveUse(d.Name, d.Argument, new SourceSpan(displayPath, d.Line + firstLine, d.Column + 1)))];

    private sealed class DirectiveRenderer : HtmlObjectRenderer<DirectiveBlock>
    {
        protected override void Write(HtmlRenderer renderer, DirectiveBlock block) => renderer.Write(BlockMarker.For(block.Name, block.Argument));
    }
}
