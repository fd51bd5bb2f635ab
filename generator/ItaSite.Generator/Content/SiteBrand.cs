using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Content;

/// <summary>A file or link written in site.yaml, with where it was written (for the link check and its diagnostics).</summary>
public sealed record SiteReference(string Written, SourceSpan Span);

/// <summary>
/// The agency's look (<c>brand:</c> in site.yaml): its logo beside the name in the header, the header/accent colour the theme
/// derives its shades from, an optional seal and favicon.
/// </summary>
public sealed record SiteBrand
{
    public SiteReference? Logo { get; init; }

    public SiteReference? Seal { get; init; }

    public SiteReference? Favicon { get; init; }

    /// <summary>The header and accent colour as written (<c>#0b4f8a</c>), already parsed and checked.</summary>
    public string? Color { get; init; }

    public SourceSpan ColorSpan { get; init; }
}

/// <summary>The agency's main website (<c>main_site:</c>): linked from the header, the footer and the start of every breadcrumb.</summary>
public sealed record MainSite(string Title, string Url, SourceSpan UrlSpan);

/// <summary>What a menu entry points to.</summary>
public enum MenuTargetKind
{
    /// <summary>A page of this site (<c>page: /about/</c> or a content path).</summary>
    Page,

    /// <summary>An OIT item of a year (<c>item: O21</c>, <c>year: 2566</c>).</summary>
    Item,

    /// <summary>The OIT index of a year (<c>oit: 2566</c>).</summary>
    OitIndex,

    /// <summary>An address outside the site (<c>url: https://…</c>).</summary>
    Url,
}

/// <summary>One entry of the main navigation as written in site.yaml's <c>menu:</c>, in the order written.</summary>
public sealed record MenuEntry(string Label, MenuTargetKind Kind, string Target, int? Year, SourceSpan Span);

/// <summary>
/// The site's own additions to the theme (<c>theme:</c>), all from the content folder: a CSS file served from the site after
/// the theme's, and Markdown partials that replace the header's brand block, the footer's sections and the home page's intro.
/// Partials are rendered and sanitized like any page body; the CSS is a file, so the CSP stays <c>style-src 'self'</c>.
/// </summary>
public sealed record ThemeOverrides
{
    public SiteReference? Css { get; init; }

    public SiteReference? Header { get; init; }

    public SiteReference? Footer { get; init; }

    public SiteReference? HomeIntro { get; init; }

    public IEnumerable<SiteReference> Partials => new[] { Header, Footer, HomeIntro }.OfType<SiteReference>();
}
