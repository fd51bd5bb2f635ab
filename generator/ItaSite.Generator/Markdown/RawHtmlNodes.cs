using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Sanitizing;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SourceSpan = ItaSite.Generator.Diagnostics.SourceSpan;

namespace ItaSite.Generator.Markdown;

/// <summary>The raw HTML of a parsed body: forged directive markers removed, and the snippets the sanitizer reports against.</summary>
internal static class RawHtmlNodes
{
    /// <summary>
    /// Directives leave <c>&lt;!--itasite:…--&gt;</c> markers for the theme to replace with trusted components. Raw HTML that
    /// contains such a marker would bypass the directive checks, so it is removed before rendering and reported.
    /// </summary>
    public static void RemoveForgedMarkers(MarkdownDocument document, string display, int firstLine, DiagnosticBag diagnostics)
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

    public static List<RawHtmlSnippet> Snippets(MarkdownDocument document, int firstLine)
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
}
