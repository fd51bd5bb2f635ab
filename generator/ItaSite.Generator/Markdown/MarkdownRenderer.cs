using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Directives;
using ItaSite.Generator.Output;
using ItaSite.Generator.Sanitizing;
using ItaSite.Generator.Site;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using SourceSpan = ItaSite.Generator.Diagnostics.SourceSpan;

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
    private readonly MarkdownInputLimits _input;
    private readonly HtmlSanitizer _sanitizer;
    private readonly Uri? _publishedAt;
    private readonly PooledHtmlRenderers _html;

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
        _input = new MarkdownInputLimits(limits);
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
        _html = new PooledHtmlRenderers(_pipeline);
    }

    /// <summary>Sends every body through the sanitizer, even one it could not change (tests compare both ways).</summary>
    public bool AlwaysSanitize { get; init; }

    public RenderedMarkdown Render(ContentPage page, SitePath pageUrl, LinkResolver resolver, DiagnosticBag diagnostics)
    {
        var body = page.Body;
        var display = page.Source.DisplayPath;
        if (_input.Rejects(body, display, diagnostics))
        {
            return RenderedMarkdown.Empty;
        }

        BodyPieces pieces;
        MarkdownDocument document;
        BodyNodes nodes;
        List<HeadingInfo> headings;
        List<LinkUse> links;
        try
        {
            document = Markdig.Markdown.Parse(body.Text, _pipeline);
            nodes = BodyNodes.Of(document);
            DirectiveExtension.RemoveNested(nodes.Directives, display, body.FirstLine, diagnostics);
            headings = AssignHeadingIds(nodes.Headings, body.FirstLine);
            links = LinkRewriter.RewriteLinks(nodes, page.Source, pageUrl, resolver, body.FirstLine, _publishedAt);
            if (nodes.HasRawHtml)
            {
                LinkRewriter.RewriteRawHtmlLinks(document, page.Source, pageUrl, resolver, body.FirstLine, links, _sanitizer.Policy);
            }
            TableAlignment.ToClasses(nodes.Tables);
            pieces = _html.Render(document);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig's own guard against deeply nested inlines (e.g. 100,000 '[' or '*'), thrown while parsing or rendering.
            diagnostics.Error(DiagnosticCodes.LimitExceeded, new SourceSpan(display, body.FirstLine, 1), "Markdown elements are nested too deeply (links, emphasis or brackets inside each other); the body is not rendered (มาร์กดาวน์ซ้อนกันลึกเกินไป)");
            return RenderedMarkdown.Empty;
        }

        if (pieces.Length > _limits.MaxRenderedHtmlChars)
        {
            diagnostics.Error(DiagnosticCodes.LimitExceeded, new SourceSpan(display, body.FirstLine, 1), $"the body renders to {pieces.Length:N0} characters of HTML; a page may render to at most {_limits.MaxRenderedHtmlChars:N0} (usually a table with far more cells than its header): split the page or the table (หน้านี้ใหญ่เกินไป); the body is not rendered");
            return RenderedMarkdown.Empty;
        }

        var sanitize = AlwaysSanitize || NeedsSanitizing(nodes, body.Text, pieces);
        var html = sanitize
            ? _sanitizer.Sanitize(pieces.Html, RawHtmlNodes.Snippets(document, body.FirstLine), new SourceSpan(display, body.FirstLine, 1), diagnostics)
            : pieces.Html;
        return html is null
            ? RenderedMarkdown.Empty
            : new RenderedMarkdown(pieces.With(html), headings, links, nodes.PlainText()) { Directives = DirectiveExtension.Uses(document, display, body.FirstLine), Sanitized = sanitize };
    }

    /// <summary>
    /// False when the sanitizer could not change the body: no raw HTML and no <c>{attributes}</c> were written (so every element
    /// and attribute is one Markdig and this renderer emit, all allowed at every level), every link and image URL passes the
    /// policy, and nesting stays within its depth. Parsing and re-serialising such a body (most pages) would only cost time.
    /// </summary>
    private bool NeedsSanitizing(BodyNodes nodes, string source, BodyPieces pieces)
    {
        if (nodes.HasRawHtml || source.Contains('{', StringComparison.Ordinal) || !pieces.Html.All(_sanitizer.IsShallow))
        {
            return true;
        }

        foreach (var link in nodes.Links)
        {
            if (link.Url is { } url && !_sanitizer.IsAllowedUrl(link.IsImage ? "img" : "a", link.IsImage ? "src" : "href", url))
            {
                return true;
            }
        }

        foreach (var autolink in nodes.Autolinks)
        {
            if (!_sanitizer.IsAllowedUrl("a", "href", autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url))
            {
                return true;
            }
        }

        return false;
    }

    private static List<HeadingInfo> AssignHeadingIds(List<HeadingBlock> headingBlocks, int firstLine)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<HeadingInfo>(headingBlocks.Count);
        foreach (var heading in headingBlocks)
        {
            var text = BodyNodes.InlineText(heading.Inline);
            var attributes = heading.GetAttributes();
            var id = HeadingIds.Unique(string.IsNullOrWhiteSpace(attributes.Id) ? HeadingIds.Slugify(text) : attributes.Id!, used);
            attributes.Id = id;
            result.Add(new HeadingInfo(heading.Level, id, text, heading.Line + firstLine));
        }

        return result;
    }
}
