using ItaSite.Generator.Content;
using ItaSite.Generator.Output;
using ItaSite.Generator.Sanitizing;
using ItaSite.Generator.Site;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SourceSpan = ItaSite.Generator.Diagnostics.SourceSpan;

namespace ItaSite.Generator.Markdown;

/// <summary>
/// Rewrites the links of a parsed body (Markdown links, autolinks, and URLs in raw HTML) to hrefs relative to the page's
/// published path, and records each with its source position for the link stage.
/// </summary>
internal static class LinkRewriter
{
    public static List<LinkUse> RewriteLinks(BodyNodes nodes, SourceFile source, SitePath pageUrl, LinkResolver resolver, int firstLine, Uri? publishedAt)
    {
        var result = new List<LinkUse>(nodes.Links.Count + nodes.Autolinks.Count);
        foreach (var link in nodes.Links)
        {
            if (link.Url is null)
            {
                continue;
            }

            var resolved = resolver.Resolve(source.ContentPath, link.Url);
            var span = new SourceSpan(source.DisplayPath, link.Line + firstLine, link.Column + 1);
            var hasAlt = !link.IsImage || !string.IsNullOrWhiteSpace(BodyNodes.InlineText(link));
            result.Add(new LinkUse(resolved, span, link.IsImage, hasAlt));
            link.Url = resolved.Href(pageUrl);
            if (resolved.Kind == LinkKind.External && !link.IsImage)
            {
                link.GetAttributes().AddProperty("rel", "noopener");
                if (link.IsAutoLink || BodyNodes.InlineText(link) == resolved.Written)
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

        foreach (var autolink in nodes.Autolinks)
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
    public static void RewriteRawHtmlLinks(MarkdownDocument document, SourceFile source, SitePath pageUrl, LinkResolver resolver, int firstLine, List<LinkUse> links, HtmlPolicy policy)
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
}
