using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Sanitizing;

/// <summary>
/// Allow-list HTML sanitizer on AngleSharp: parses a rendered Markdown body as the browser would, keeps only what the
/// <see cref="HtmlPolicy"/> allows and serializes the rest. Disallowed elements are removed with their content (scripts, styles,
/// forms, embedded objects) or unwrapped (unknown formatting such as Word's <c>&lt;font&gt;</c>); disallowed attributes and
/// URLs are dropped. Each kind of removal is one warning per page, at the Markdown line where it was first written. The walk
/// is iterative and nesting is capped, so no input can exhaust the stack.
/// </summary>
public sealed partial class HtmlSanitizer(HtmlPolicy policy)
{
    private static readonly string[] UrlAttributes = ["href", "src", "poster", "cite"];

    public HtmlPolicy Policy => policy;

    /// <summary>
    /// Sanitizes the HTML pieces of one body (the runs of blocks between its directives), each parsed on its own so a piece
    /// cannot reach into the next, and reports removals once for the whole body as ITA3008 warnings positioned via
    /// <paramref name="snippets"/>. Returns null (with an ITA1009 error) when tags are nested so deep that an HTML parser would
    /// spend minutes on them.
    /// </summary>
    public string[]? Sanitize(IReadOnlyList<string> pieces, IReadOnlyList<RawHtmlSnippet> snippets, SourceSpan fallback, DiagnosticBag diagnostics)
    {
        if (pieces.Any(html => HtmlTree.EstimateDepth(html) > policy.MaxParseDepth))
        {
            diagnostics.Error(DiagnosticCodes.LimitExceeded, fallback, $"HTML tags are opened more than {policy.MaxParseDepth} levels deep without being closed; the body is not rendered (แท็ก HTML ซ้อนกันลึกเกินไป)");
            return null;
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var root = parser.ParseDocument(string.Empty).Body!;
        var removals = new Removals();
        var result = new string[pieces.Count];
        for (var i = 0; i < pieces.Count; i++)
        {
            root.InnerHtml = pieces[i];
            Walk(root, removals);
            result[i] = root.InnerHtml;
        }

        foreach (var (what, count) in removals.Items)
        {
            var line = snippets.FirstOrDefault(s => s.Text.Contains(what.Needle, StringComparison.OrdinalIgnoreCase))?.Line;
            var span = line is { } l ? fallback.At(l, 1) : fallback;
            var times = count > 1 ? $" ({count} times on this page)" : string.Empty;
            diagnostics.Warning(DiagnosticCodes.HtmlRemoved, span, $"{what.Message}{times}; the '{policy.Level.ToString().ToLowerInvariant()}' HTML policy does not allow it (ลบ HTML ที่ไม่อนุญาตออกแล้ว)");
        }

        return result;
    }

    private void Walk(IElement root, Removals removals)
    {
        var pending = new Stack<(INode Node, int Depth)>();
        HtmlTree.PushChildren(pending, root, 0);
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            switch (node)
            {
                case IElement element:
                    Visit(element, depth, pending, removals);
                    break;
                case IComment or IDocumentType or IProcessingInstruction:
                    node.Parent?.RemoveChild(node);
                    break;
            }
        }
    }

    private void Visit(IElement element, int depth, Stack<(INode, int)> pending, Removals removals)
    {
        var name = element.LocalName;
        var isHtml = element.NamespaceUri == "http://www.w3.org/1999/xhtml";
        var allowed = isHtml && policy.Elements.Contains(name);
        if (allowed && !SpecialCheck(element, name, removals))
        {
            element.Parent?.RemoveChild(element);
            return;
        }

        if (!allowed)
        {
            if (!isHtml || HtmlPolicy.DroppedWithContent.Contains(name))
            {
                removals.Add(new Removal($"<{name}", $"<{name}> removed with its content"));
                element.Parent?.RemoveChild(element);
            }
            else
            {
                removals.Add(new Removal($"<{name}", $"<{name}> removed (its text is kept)"));
                HtmlTree.Unwrap(element, depth, pending);
            }

            return;
        }

        if (depth > policy.MaxDepth)
        {
            removals.Add(new Removal("<", $"HTML nested more than {policy.MaxDepth} levels deep flattened to text"));
            element.Replace(element.Owner!.CreateTextNode(HtmlTree.TextOf(element)));
            return;
        }

        foreach (var attribute in element.Attributes.ToList())
        {
            if (RejectAttribute(name, attribute.Name, attribute.Value) is { } removal)
            {
                removals.Add(removal);
                element.RemoveAttribute(attribute.NamespaceUri, attribute.LocalName);
            }
        }

        if (name == "a" && element.HasAttribute("target"))
        {
            element.SetAttribute("rel", "noopener noreferrer");
        }

        HtmlTree.PushChildren(pending, element, depth + 1);
    }

    /// <summary>Element-specific rules; false removes the element. Adds the warning itself.</summary>
    private bool SpecialCheck(IElement element, string name, Removals removals)
    {
        switch (name)
        {
            case "input" when !string.Equals(element.GetAttribute("type"), "checkbox", StringComparison.OrdinalIgnoreCase):
                removals.Add(new Removal("<input", "<input> other than a task-list checkbox removed"));
                return false;
            case "input":
                element.SetAttribute("disabled", string.Empty);
                return true;
            case "iframe":
                var src = element.GetAttribute("src") ?? string.Empty;
                if (!Uri.TryCreate(src.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || !policy.IframeHosts.Contains(uri.IdnHost.ToLowerInvariant()))
                {
                    removals.Add(new Removal("<iframe", $"<iframe> to '{Short(src)}' removed: only https iframes to the hosts listed in site.yaml html.iframe_hosts are kept"));
                    return false;
                }

                element.SetAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-presentation");
                element.SetAttribute("referrerpolicy", "no-referrer");
                return true;
            default:
                return true;
        }
    }

    private Removal? RejectAttribute(string element, string attribute, string value)
    {
        var allowed = policy.Attributes["*"].Contains(attribute)
                      || (policy.Attributes.TryGetValue(element, out var own) && own.Contains(attribute))
                      || (element is "iframe" && attribute is "sandbox" or "referrerpolicy");
        if (!allowed)
        {
            var kind = attribute.StartsWith("on", StringComparison.Ordinal) ? "event-handler attribute" : "attribute";
            return new Removal(attribute, $"{kind} '{attribute}' on <{element}> removed");
        }

        if (attribute == "class" && !policy.AnyClass && value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(c => !HtmlPolicy.IsMarkdownClass(c)))
        {
            return new Removal("class", $"class '{Short(value)}' on <{element}> removed");
        }

        if (attribute == "style" && !SafeTableStyle().IsMatch(value))
        {
            return new Removal("style", $"style '{Short(value)}' on <{element}> removed (only text-align and width in tables are kept)");
        }

        if (UrlAttributes.Contains(attribute) && !IsAllowedUrl(element, attribute, value))
        {
            return new Removal(value[..Math.Min(12, value.Length)], $"{attribute} '{Short(value)}' on <{element}> removed: URL scheme not allowed");
        }

        return null;
    }

    /// <summary>Whether the policy lets <paramref name="value"/> stand in <paramref name="attribute"/> of <paramref name="element"/> (href, src…).</summary>
    public bool IsAllowedUrl(string element, string attribute, string value)
    {
        var verdict = Publishing.UrlPolicy.Classify(value);
        if (verdict.Scheme is null || (verdict.Allowed && policy.UrlSchemes.Contains(verdict.Scheme)))
        {
            return true;
        }

        // The one exception to the URL policy: small raster images inlined in raw HTML under the 'standard' policy.
        return verdict.Scheme == "data" && policy.AllowDataImages && element == "img" && attribute == "src" && DataImage().IsMatch(verdict.Normalized);
    }

    /// <summary>Whether <paramref name="html"/> nests no deeper than the policy keeps (counted on the text, an upper bound).</summary>
    public bool IsShallow(string html) => HtmlTree.EstimateDepth(html) <= policy.MaxDepth;

    private static string Short(string value, int max = 60) => value.Length <= max ? value : value[..max] + "…";

    [GeneratedRegex(@"^data:image/(png|jpeg|gif|webp);base64,[a-z0-9+/=]*$")]
    private static partial Regex DataImage();

    [GeneratedRegex(@"^\s*(text-align:\s*(left|right|center)|width:\s*[0-9.]+%)\s*;?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SafeTableStyle();
}
