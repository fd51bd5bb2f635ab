using ItaSite.Generator.Output;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Assemble;

/// <summary>
/// Writes <c>robots.txt</c> naming the sitemap. Crawlers read robots.txt only at the host's root: a site under a sub-path
/// (<c>/ita/</c>) should have the same <c>Sitemap:</c> line added to the main site's robots.txt (docs/deploy.md).
/// </summary>
public static class RobotsWriter
{
    public const string Path = "robots.txt";

    public static OutputFile Write(SiteModel site) =>
        OutputFile.Text(Path, $"User-agent: *\nAllow: {site.Config.BaseUrl.AbsolutePath}\n\nSitemap: {SitemapWriter.Absolute(site, new SitePath("/" + SitemapWriter.Path))}\n");
}
