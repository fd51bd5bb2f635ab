using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Output;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Theming;

/// <summary>
/// Renders the site's header, footer and home-intro partials for each page, so their links are relative to that page. The
/// same renderer and sanitizer as page bodies; their diagnostics were reported once in the markdown stage, so they are
/// dropped here. Thread-safe: each call renders into its own strings.
/// </summary>
public sealed class PartialRenderer(SiteModel site)
{
    private readonly MarkdownRenderer? _renderer = site.Partials.All.Any()
        ? new MarkdownRenderer(BuildLimits.Default, site.Config.Html, site.Config.BaseUrl)
        : null;

    public PagePartials For(SitePath url) => _renderer is null
        ? PagePartials.None
        : new PagePartials(Render(site.Partials.Header, url), Render(site.Partials.Footer, url), url.Value == "/" ? Render(site.Partials.HomeIntro, url) : null);

    private RenderedBody? Render(BoundPage? partial, SitePath url) =>
        partial is null ? null : _renderer!.Render(partial.Page, url, site.Links, new DiagnosticBag()).Body;
}
