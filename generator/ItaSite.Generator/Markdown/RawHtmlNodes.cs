using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Sanitizing;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SourceSpan = ItaSite.Generator.Diagnostics.SourceSpan;

namespace ItaSite.Generator.Markdown;

/// <summary>The raw HTML of a parsed body: the snippets the sanitizer reports its removals against.</summary>
internal static class RawHtmlNodes
{
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
