using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ItaSite.Generator.Markdown;

/// <summary>One URL written in raw HTML: the element, the attribute, the decoded value and the line within the HTML (0-based).</summary>
public sealed record RawHtmlUrl(string Element, string Attribute, string Value, int LineOffset, bool HasAltText);

/// <summary>
/// Finds the URLs (<c>href</c>, <c>src</c>, <c>poster</c>) in the start tags of raw HTML written in a Markdown body, so they can
/// be resolved and checked like Markdown links: a relative path is written from the Markdown file's folder, but the page is
/// published elsewhere. Only start tags are read (text and comments are left alone), quoted values may hold <c>&gt;</c>, and
/// entities in values are decoded before resolving and encoded again when written back.
/// </summary>
public static partial class RawHtmlLinks
{
    /// <summary>Returns <paramref name="html"/> with each URL replaced by what <paramref name="rewrite"/> returns for it.</summary>
    public static string Rewrite(string html, Func<RawHtmlUrl, string> rewrite)
    {
        if (!html.Contains('<', StringComparison.Ordinal))
        {
            return html;
        }

        return StartTag().Replace(html, tag =>
        {
            if (!tag.Groups["name"].Success)
            {
                return tag.Value; // a comment
            }

            var element = tag.Groups["name"].Value.ToLowerInvariant();
            var attributes = tag.Groups["attributes"];
            var hasAlt = element == "img" && Attribute().Matches(attributes.Value).Any(a => a.Groups["name"].Value.Equals("alt", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(a.Groups["value"].Value));
            var lineOffset = html.AsSpan(0, tag.Index).Count('\n');
            var rewritten = Attribute().Replace(attributes.Value, attribute =>
            {
                var name = attribute.Groups["name"].Value.ToLowerInvariant();
                if (name is not ("href" or "src" or "poster"))
                {
                    return attribute.Value;
                }

                var value = WebUtility.HtmlDecode(attribute.Groups["value"].Value);
                var written = rewrite(new RawHtmlUrl(element, name, value, lineOffset + attributes.Value.AsSpan(0, attribute.Index).Count('\n'), hasAlt));
                return written == value ? attribute.Value : $"{attribute.Groups["name"].Value}=\"{Encode(written)}\"";
            });
            return string.Concat(html.AsSpan(tag.Index, attributes.Index - tag.Index), rewritten, html.AsSpan(attributes.Index + attributes.Length, tag.Index + tag.Length - attributes.Index - attributes.Length));
        });
    }

    private static string Encode(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '"' => "&quot;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    // NonBacktracking: linear in the input whatever it holds (a body of unclosed "<a x" would make a backtracking search quadratic).
    [GeneratedRegex("""<!--.*?-->|<(?<name>[A-Za-z][A-Za-z0-9-]*)(?<attributes>(?:[^<>"']|"[^"]*"|'[^']*')*)>""", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex StartTag();

    [GeneratedRegex("""(?<=[\s"'])(?<name>[^\s"'>/=]+)(?:\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)'|(?<value>[^\s"'=<>`]+)))?""")]
    private static partial Regex Attribute();
}
