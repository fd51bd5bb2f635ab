using System.Text;
using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Directives;
using ItaSite.Generator.Output;
using ItaSite.Generator.Sanitizing;
using ItaSite.Generator.Site;
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
    private readonly HtmlSanitizer _sanitizer;
    private readonly Uri? _publishedAt;

    public MarkdownRenderer(BuildLimits limits)
        : this(limits, HtmlPolicy.Standard)
    {
    }

    /// <summary>Raw HTML is parsed unless the policy is <see cref="HtmlPolicyLevel.None"/>; the whole body then goes through the sanitizer.</summary>
    /// <param name="limits">Nesting and size limits.</param>
    /// <param name="htmlPolicy">What raw HTML may pass.</param>
    /// <param name="publishedAt">The site's base URL; when given, links to the site's pages and files also carry their absolute
    /// URL in <c>data-print-url</c>, which the print stylesheet writes out on paper.</param>
    public MarkdownRenderer(BuildLimits limits, HtmlPolicy htmlPolicy, Uri? publishedAt = null)
    {
        _limits = limits;
        _publishedAt = publishedAt;
        _sanitizer = new HtmlSanitizer(htmlPolicy);
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseFootnotes()
            .UseAutoLinks()
            .UseTaskLists();
        if (htmlPolicy.Level == HtmlPolicyLevel.None)
        {
            builder.DisableHtml();
        }

        _pipeline = builder.UseGenericAttributes().Use<DirectiveExtension>().Build();
    }

    /// <summary>Sends every body through the sanitizer, even one it could not change (tests compare both ways).</summary>
    public bool AlwaysSanitize { get; init; }

    public RenderedMarkdown Render(ContentPage page, SitePath pageUrl, LinkResolver resolver, DiagnosticBag diagnostics)
    {
        var body = page.Body;
        var display = page.Source.DisplayPath;
        if (FindExcessiveNesting(body.Text) is { } deepLine)
        {
            diagnostics.Error(DiagnosticCodes.LimitExceeded, new SourceSpan(display, deepLine + body.FirstLine - 1, 1), $"Markdown is nested more than {_limits.MaxMarkdownNesting} levels deep (block quotes or lists); the body is not rendered");
            return new RenderedMarkdown(string.Empty, [], [], string.Empty);
        }

        if (FindOverlongLine(body.Text) is { } longLine)
        {
            diagnostics.Error(DiagnosticCodes.LimitExceeded, new SourceSpan(display, longLine.Line + body.FirstLine - 1, 1), $"line is {longLine.Length:N0} characters long; lines may be at most {_limits.MaxLineChars:N0} characters (break the paragraph into lines) (บรรทัดยาวเกินไป); the body is not rendered");
            return new RenderedMarkdown(string.Empty, [], [], string.Empty);
        }

        if (FindPipeHeavyParagraph(body.Text) is { } pipes)
        {
            diagnostics.Error(DiagnosticCodes.LimitExceeded, new SourceSpan(display, pipes.Line + body.FirstLine - 1, 1), $"this paragraph has {pipes.Count:N0} '|' characters but no table header row (|---|---|); at most {_limits.MaxPipesWithoutTableHeader:N0} are allowed outside a table: add the header and delimiter rows or split it (ตารางไม่มีแถวหัวตาราง); the body is not rendered");
            return new RenderedMarkdown(string.Empty, [], [], string.Empty);
        }

        string rendered;
        MarkdownDocument document;
        List<HeadingInfo> headings;
        List<LinkUse> links;
        try
        {
            document = Markdig.Markdown.Parse(body.Text, _pipeline);
            RemoveForgedMarkers(document, display, body.FirstLine, diagnostics);
            headings = AssignHeadingIds(document, body.FirstLine);
            links = RewriteLinks(document, page.Source, pageUrl, resolver, body.FirstLine, _publishedAt);
            if (body.Text.Contains('<', StringComparison.Ordinal))
            {
                RewriteRawHtmlLinks(document, page.Source, pageUrl, resolver, body.FirstLine, links, _sanitizer.Policy);
            }
            TableAlignment.ToClasses(document);
            using var writer = new StringWriter();
            var renderer = new MarkdigHtmlRenderer(writer);
            _pipeline.Setup(renderer);
            ScrollableTableRenderer.Install(renderer);
            renderer.Render(document);
            writer.Flush();
            rendered = writer.ToString();
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig's own guard against deeply nested inlines (e.g. 100,000 '[' or '*'), thrown while parsing or rendering.
            diagnostics.Error(DiagnosticCodes.LimitExceeded, new SourceSpan(display, body.FirstLine, 1), "Markdown elements are nested too deeply (links, emphasis or brackets inside each other); the body is not rendered (มาร์กดาวน์ซ้อนกันลึกเกินไป)");
            return new RenderedMarkdown(string.Empty, [], [], string.Empty);
        }

        if (rendered.Length > _limits.MaxRenderedHtmlChars)
        {
            diagnostics.Error(DiagnosticCodes.LimitExceeded, new SourceSpan(display, body.FirstLine, 1), $"the body renders to {rendered.Length:N0} characters of HTML; a page may render to at most {_limits.MaxRenderedHtmlChars:N0} (usually a table with far more cells than its header): split the page or the table (หน้านี้ใหญ่เกินไป); the body is not rendered");
            return new RenderedMarkdown(string.Empty, [], [], string.Empty);
        }

        var sanitize = AlwaysSanitize || NeedsSanitizing(document, body.Text, rendered);
        var html = sanitize
            ? _sanitizer.Sanitize(rendered, RawHtml(document, body.FirstLine), new SourceSpan(display, body.FirstLine, 1), diagnostics)
            : rendered;
        return html is null
            ? new RenderedMarkdown(string.Empty, [], [], string.Empty)
            : new RenderedMarkdown(html, headings, links, PlainText(document)) { Directives = DirectiveExtension.Uses(document, display, body.FirstLine), Sanitized = sanitize };
    }

    /// <summary>
    /// False when the sanitizer could not change the body: no raw HTML and no <c>{attributes}</c> were written (so every element
    /// and attribute is one Markdig and this renderer emit, all allowed at every level), every link and image URL passes the
    /// policy, and nesting stays within its depth. Parsing and re-serialising such a body (most pages) would only cost time.
    /// </summary>
    private bool NeedsSanitizing(MarkdownDocument document, string source, string rendered)
    {
        if (source.Contains('{', StringComparison.Ordinal) || !_sanitizer.IsShallow(rendered))
        {
            return true;
        }

        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock or HtmlInline:
                    return true;
                case LinkInline { Url: { } url } link when !_sanitizer.IsAllowedUrl(link.IsImage ? "img" : "a", link.IsImage ? "src" : "href", url):
                    return true;
                case AutolinkInline autolink when !_sanitizer.IsAllowedUrl("a", "href", autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url):
                    return true;
            }
        }

        return false;
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

    private static List<LinkUse> RewriteLinks(MarkdownDocument document, SourceFile source, SitePath pageUrl, LinkResolver resolver, int firstLine, Uri? publishedAt)
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
                if (link.IsAutoLink || InlineText(link) == resolved.Written)
                {
                    // The text already is the address: print.css must not write it out a second time.
                    link.GetAttributes().AddClass("url-text");
                }
            }
            else if (publishedAt is not null && !link.IsImage && resolved.Kind is LinkKind.Page or LinkKind.Asset && resolved.Target is { } target)
            {
                var absolute = new Uri(publishedAt, target.Value.TrimStart('/')) + (resolved.Fragment is null ? string.Empty : "#" + resolved.Fragment);
                link.GetAttributes().AddProperty("data-print-url", absolute);
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
            else
            {
                autolink.GetAttributes().AddClass("url-text");
            }
        }

        return result;
    }

    /// <summary>
    /// Links in raw HTML are resolved like Markdown links (relative to the Markdown file, rewritten relative to the published
    /// page, attachments published) and checked by the link stage. URLs with schemes that can run code, and URLs of elements the
    /// policy removes, are left to the sanitizer, which removes them with a warning.
    /// </summary>
    private static void RewriteRawHtmlLinks(MarkdownDocument document, SourceFile source, SitePath pageUrl, LinkResolver resolver, int firstLine, List<LinkUse> links, HtmlPolicy policy)
    {
        foreach (var node in document.Descendants().Where(n => n is HtmlBlock or HtmlInline).ToList())
        {
            var (html, line, column) = node switch
            {
                HtmlBlock block => (block.Lines.ToString(), block.Line + firstLine, block.Column + 1),
                HtmlInline inline => (inline.Tag, inline.Line + firstLine, inline.Column + 1),
                _ => (string.Empty, 0, 0),
            };
            var rewritten = RawHtmlLinks.Rewrite(html, url =>
            {
                var resolved = resolver.Resolve(source.ContentPath, url.Value);
                if (resolved.Kind == LinkKind.Blocked || !policy.Elements.Contains(url.Element))
                {
                    return url.Value;
                }

                var span = new SourceSpan(source.DisplayPath, line + url.LineOffset, url.LineOffset == 0 ? column : 1);
                links.Add(new LinkUse(resolved, span, url.Element == "img", url.Element != "img" || url.HasAltText));
                return resolved.Href(pageUrl);
            });
            if (rewritten == html)
            {
                continue;
            }

            switch (node)
            {
                case HtmlBlock block:
                    block.Lines = new Markdig.Helpers.StringLineGroup(rewritten);
                    break;
                case HtmlInline inline:
                    inline.Tag = rewritten;
                    break;
            }
        }
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

    /// <summary>
    /// Directives leave <c>&lt;!--itasite:…--&gt;</c> markers for the theme to replace with trusted components. Raw HTML that
    /// contains such a marker would bypass the directive checks, so it is removed before rendering and reported.
    /// </summary>
    private static void RemoveForgedMarkers(MarkdownDocument document, string display, int firstLine, DiagnosticBag diagnostics)
    {
        var forged = document.Descendants()
            .Where(node => node switch
            {
                HtmlBlock block => block.Lines.ToString().Contains("itasite:", StringComparison.OrdinalIgnoreCase),
                HtmlInline inline => inline.Tag.Contains("itasite:", StringComparison.OrdinalIgnoreCase),
                _ => false,
            })
            .ToList();
        foreach (var node in forged)
        {
            diagnostics.Error(DiagnosticCodes.UnsafeLink, new SourceSpan(display, node.Line + firstLine, node.Column + 1), "raw HTML may not contain ItaSite's internal '<!--itasite:' markers; use a ::directive instead (ห้ามใช้เครื่องหมายภายในของระบบ)");
            switch (node)
            {
                case HtmlBlock block:
                    block.Parent?.Remove(block);
                    break;
                case HtmlInline inline:
                    inline.Remove();
                    break;
            }
        }
    }

    private static List<RawHtmlSnippet> RawHtml(MarkdownDocument document, int firstLine)
    {
        var result = new List<RawHtmlSnippet>();
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock block:
                    result.Add(new RawHtmlSnippet(block.Line + firstLine, block.Lines.ToString()));
                    break;
                case HtmlInline inline:
                    result.Add(new RawHtmlSnippet(inline.Line + firstLine, inline.Tag));
                    break;
                case IMarkdownObject withAttributes when withAttributes.TryGetAttributes() is { Properties.Count: > 0 } attributes:
                    result.Add(new RawHtmlSnippet(((MarkdownObject)withAttributes).Line + firstLine, string.Join(' ', attributes.Properties.Select(p => $"{p.Key}={p.Value}"))));
                    break;
            }
        }

        return result;
    }

    private (int Line, int Length)? FindOverlongLine(string text)
    {
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            var length = (end < 0 ? text.Length : end) - start;
            if (length > _limits.MaxLineChars)
            {
                return (line, length);
            }

            if (end < 0)
            {
                return null;
            }

            start = end + 1;
            line++;
        }

        return null;
    }

    /// <summary>
    /// Finds a paragraph (lines between blank lines) with more '|' than the limit and no table delimiter row. Markdig's pipe-table
    /// parser is quadratic in the pipes of such a paragraph (100,000 took 24 s, found by the fuzzer); real tables have a
    /// delimiter row and parse in linear time.
    /// </summary>
    private (int Line, int Count)? FindPipeHeavyParagraph(string text)
    {
        var line = 0;
        var paragraphStart = 1;
        var pipes = 0;
        var hasDelimiterRow = false;
        foreach (var raw in text.Split('\n'))
        {
            line++;
            if (string.IsNullOrWhiteSpace(raw))
            {
                pipes = 0;
                hasDelimiterRow = false;
                paragraphStart = line + 1;
                continue;
            }

            pipes += raw.AsSpan().Count('|');
            hasDelimiterRow |= IsDelimiterRow(raw);
            if (!hasDelimiterRow && pipes > _limits.MaxPipesWithoutTableHeader)
            {
                return (paragraphStart, pipes);
            }
        }

        return null;
    }

    private static bool IsDelimiterRow(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Contains('-', StringComparison.Ordinal)
            && trimmed.Contains('|', StringComparison.Ordinal)
            && trimmed.All(c => c is '|' or '-' or ':' or ' ' or '\t');
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
