using System.Collections.Frozen;

namespace ItaSite.Generator.Sanitizing;

/// <summary>
/// The allow-list the <see cref="HtmlSanitizer"/> enforces: which elements, attributes and URL schemes may reach the output.
/// Everything Markdig itself emits (tables, footnotes, task lists, code, images) is allowed at every level, because the whole
/// rendered body is sanitized, including attributes written with <c>{key=value}</c>.
/// </summary>
public sealed record HtmlPolicy
{
    /// <summary>Elements Markdig produces for the syntax the site enables; allowed at every level.</summary>
    private static readonly string[] MarkdownElements =
    [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "img", "em", "strong", "del", "ins", "mark", "sup", "sub", "code", "pre",
        "blockquote", "ul", "ol", "li", "input", "hr", "br", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col", "div",
        "section", // ScrollableTableRenderer's focusable wrapper around every table
    ];

    private static readonly string[] StrictExtras = ["details", "summary", "kbd", "abbr", "small", "span", "caption", "s", "u", "q", "cite", "dl", "dt", "dd"];

    private static readonly string[] StandardExtras = ["figure", "figcaption", "section", "article", "aside", "time", "video", "audio", "source", "track", "iframe", "wbr", "var", "samp", "bdi", "bdo", "ruby", "rt", "rp"];

    /// <summary>Removed with everything inside them: their content is code, a form, or embedded foreign content.</summary>
    public static readonly FrozenSet<string> DroppedWithContent = FrozenSet.ToFrozenSet(
    [
        "script", "style", "template", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "button", "textarea",
        "select", "option", "optgroup", "datalist", "meta", "link", "base", "title", "head", "svg", "math", "canvas", "xmp", "plaintext",
        "noembed", "noframes", "dialog", "portal", "param", "slot", "input",
    ], StringComparer.Ordinal);

    private static readonly string[] GlobalAttributes = ["id", "class", "title", "lang", "dir"];

    public required HtmlPolicyLevel Level { get; init; }

    /// <summary>Element names (lower case) kept.</summary>
    public required FrozenSet<string> Elements { get; init; }

    /// <summary>Attributes kept per element; the key <c>*</c> lists attributes any kept element may carry.</summary>
    public required FrozenDictionary<string, FrozenSet<string>> Attributes { get; init; }

    /// <summary>URL schemes allowed in <c>href</c>/<c>src</c>; relative URLs and <c>#anchors</c> are always allowed.</summary>
    public required FrozenSet<string> UrlSchemes { get; init; }

    /// <summary>Whether <c>img src</c> may be an inline <c>data:image/png|jpeg|gif|webp</c> (never SVG, which can carry script).</summary>
    public bool AllowDataImages { get; init; }

    /// <summary>Whether <c>class</c> may hold any value; otherwise only the classes Markdig itself writes are kept.</summary>
    public bool AnyClass { get; init; }

    /// <summary>Hosts an <c>&lt;iframe src&gt;</c> may point at (https only); empty means every iframe is removed.</summary>
    public FrozenSet<string> IframeHosts { get; init; } = FrozenSet<string>.Empty;

    /// <summary>Deepest element nesting kept; deeper elements are flattened to their text so rendering cannot recurse without end.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Deepest tag nesting handed to the HTML parser at all: its cost grows with the square of the depth.</summary>
    public int MaxParseDepth { get; init; } = 512;

    /// <summary>The Content-Security-Policy addition the theme writes so allowed iframes can load (empty when none are allowed).</summary>
    public string CspFrameSource => IframeHosts.Count == 0 ? string.Empty : "; frame-src " + string.Join(' ', IframeHosts.Order(StringComparer.Ordinal).Select(h => "https://" + h));

    public static HtmlPolicy Strict { get; } = Create(HtmlPolicyLevel.Strict, []);

    public static HtmlPolicy Standard { get; } = Create(HtmlPolicyLevel.Standard, []);

    /// <summary>The policy for a level from site.yaml, with the iframe hosts the site allows (used by <c>standard</c> only).</summary>
    public static HtmlPolicy Create(HtmlPolicyLevel level, IEnumerable<string> iframeHosts)
    {
        var standard = level == HtmlPolicyLevel.Standard;
        var elements = MarkdownElements.Concat(level == HtmlPolicyLevel.None ? [] : StrictExtras).Concat(standard ? StandardExtras : []);
        var attributes = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["*"] = GlobalAttributes,
            ["a"] = ["href", "rel", "target", "data-print-url"], // data-print-url: the absolute URL print.css writes out
            ["section"] = ["tabindex", "aria-label"], // the scrollable table region
            ["img"] = standard ? ["src", "alt", "width", "height", "loading"] : ["src", "alt"],
            ["input"] = ["type", "checked", "disabled"],
            ["ol"] = ["start", "type", "reversed"],
            ["li"] = ["value"],
            ["th"] = ["colspan", "rowspan", "style", "scope"],
            ["td"] = ["colspan", "rowspan", "style"],
            ["col"] = ["span", "style"],
            ["details"] = ["open"],
            ["abbr"] = [],
            ["q"] = ["cite"],
            ["time"] = ["datetime"],
            ["video"] = ["src", "controls", "width", "height", "poster", "preload", "muted", "loop", "playsinline"],
            ["audio"] = ["src", "controls", "preload", "muted", "loop"],
            ["source"] = ["src", "type"],
            ["track"] = ["src", "kind", "srclang", "label", "default"],
            ["iframe"] = ["src", "width", "height", "allowfullscreen", "loading"],
        };
        return new HtmlPolicy
        {
            Level = level,
            Elements = elements.ToFrozenSet(StringComparer.Ordinal),
            Attributes = attributes.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal),
            UrlSchemes = Publishing.UrlPolicy.AllowedSchemes,
            AllowDataImages = standard,
            AnyClass = standard,
            IframeHosts = standard ? iframeHosts.Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0).ToFrozenSet(StringComparer.Ordinal) : FrozenSet<string>.Empty,
        };
    }

    /// <summary>Classes Markdig writes itself (footnotes, task lists, code languages); kept under every policy.</summary>
    public static bool IsMarkdownClass(string name) =>
        name is "footnotes" or "footnote-ref" or "footnote-back-ref" or "task-list-item" or "task-list-item-checkbox" or "contains-task-list"
        || name is "table-wrap" or "align-left" or "align-center" or "align-right" // ScrollableTableRenderer, TableAlignment
        || name is "url-text" // MarkdownRenderer: link text that is its own address
        || name.StartsWith("language-", StringComparison.Ordinal);
}
