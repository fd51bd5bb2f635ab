namespace ItaSite.Generator.Sanitizing;

/// <summary>How much raw HTML a site lets its Markdown carry (<c>html:</c> in site.yaml). Every level removes scripts.</summary>
public enum HtmlPolicyLevel
{
    /// <summary>Raw HTML is shown as text, as if escaped; only what Markdown itself produces reaches the page.</summary>
    None,

    /// <summary>Markdown's own markup plus a few harmless text elements (<c>br</c>, <c>sup</c>, <c>details</c>…).</summary>
    Strict,

    /// <summary>The default: also layout and media elements, image sizes, inline <c>data:image</c>, allow-listed iframes.</summary>
    Standard,
}
