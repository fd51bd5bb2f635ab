using System.Text;
using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Output;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SourceSpan = ItaSite.Generator.Diagnostics.SourceSpan;
using MarkdigHtmlRenderer = Markdig.Renderers.HtmlRenderer;

namespace ItaSite.Generator.Markdown;

/// <summary>
/// Stage 4 (markdown): renders a page body with Markdig. Gives headings Thai-readable ids, rewrites links (<c>.md</c> files,
/// attachments, root-relative paths) to relative hrefs from the page's published path, and records every link with its
/// source position for the link check. The Markdig pipeline is built once and shared (it is immutable and thread-safe).
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly BuildLimits _limits;

    public MarkdownRenderer(BuildLimits limits)
    {
        _limits = limits;
        _pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseFootnotes()
            .UseAutoLinks()
            .UseTaskLists()
            .DisableHtml()
            .UseGenericAttributes()
            .Use<Data.DirectiveExtension>()
            .Build();
    }

    public RenderedMarkdown Render(ContentPage page, SitePath pageUrl, LinkResolver resolver, DiagnosticBag diagnostics)
    {
        var body = page.Body;
        var display = page.Source.DisplayPath;
        if (FindExcessiveNesting(body.Text) is { } deepLine)
        {
            diagnostics.Error(DiagnosticCodes.LimitExceeded, new SourceSpan(display, deepLine + body.FirstLine - 1, 1), $"Markdown is nested more than {_limits.MaxMarkdownNesting} levels deep (block quotes or lists); the body is not rendered");
            return new RenderedMarkdown(string.Empty, [], [], string.Empty);
        }

        var document = Markdig.Markdown.Parse(body.Text, _pipeline);
        var headings = AssignHeadingIds(document, body.FirstLine);
        var links = RewriteLinks(document, page.Source, pageUrl, resolver, body.FirstLine);

        using var writer = new StringWriter();
        var renderer = new MarkdigHtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new RenderedMarkdown(writer.ToString(), headings, links, PlainText(document))
        {
            Directives = Data.DirectiveExtension.Uses(document, display, body.FirstLine),
        };
    }

    private static List<HeadingInfo> AssignHeadingIds(MarkdownDocument document, int firstLine)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<HeadingInfo>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var text = InlineText(heading.Inline);
            var attributes = heading.GetAttributes();
            var id = HeadingIds.Unique(string.IsNullOrWhiteSpace(attributes.Id) ? HeadingIds.Slugify(text) : attributes.Id!, used);
            attributes.Id = id;
            result.Add(new HeadingInfo(heading.Level, id, text, heading.Line + firstLine));
        }

        return result;
    }

    private static List<LinkUse> RewriteLinks(MarkdownDocument document, SourceFile source, SitePath pageUrl, LinkResolver resolver, int firstLine)
    {
        var result = new List<LinkUse>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is null)
            {
                continue;
            }

            var resolved = resolver.Resolve(source.ContentPath, link.Url);
            var span = new SourceSpan(source.DisplayPath, link.Line + firstLine, link.Column + 1);
            var hasAlt = !link.IsImage || !string.IsNullOrWhiteSpace(InlineText(link));
            result.Add(new LinkUse(resolved, span, link.IsImage, hasAlt));
            link.Url = resolved.Href(pageUrl);
            if (resolved.Kind == LinkKind.External && !link.IsImage)
            {
                link.GetAttributes().AddProperty("rel", "noopener");
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            var resolved = resolver.Resolve(source.ContentPath, autolink.Url);
            result.Add(new LinkUse(resolved, new SourceSpan(source.DisplayPath, autolink.Line + firstLine, autolink.Column + 1), false, true));
            if (resolved.Kind == LinkKind.Blocked)
            {
                autolink.Url = "#";
            }
        }

        return result;
    }

    internal static string InlineText(ContainerInline? container)
    {
        if (container is null)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
            }
        }

        return sb.ToString().Trim();
    }

    private static string PlainText(MarkdownDocument document)
    {
        var sb = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is not null)
            {
                sb.Append(InlineText(block.Inline)).Append('\n');
            }
            else if (block is CodeBlock code)
            {
                sb.Append(code.Lines.ToString()).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>Returns the 1-based body line where block quotes or list indentation nest too deep, or null.</summary>
    private int? FindExcessiveNesting(string text)
    {
        var line = 0;
        foreach (var raw in text.Split('\n'))
        {
            line++;
            var depth = 0;
            var spaces = 0;
            foreach (var c in raw)
            {
                if (c == '>')
                {
                    depth++;
                }
                else if (c == ' ')
                {
                    spaces++;
                }
                else if (c == '\t')
                {
                    spaces += 4;
                }
                else if (c is '-' or '*' or '+')
                {
                    depth++;
                }
                else
                {
                    break;
                }
            }

            if (depth + (spaces / 2) > _limits.MaxMarkdownNesting)
            {
                return line;
            }
        }

        return null;
    }
}
