using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;
using ItaSite.Generator.Output;
using ItaSite.Generator.Publishing;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Binding;

/// <summary>One page's claim on a published path: its source's paths (not its text: the table does not depend on it) and the path.</summary>
public readonly record struct PageClaim(string ContentPath, string DisplayPath, SitePath Url)
{
    public PageClaim(SourceFile source, SitePath url)
        : this(source.ContentPath, source.DisplayPath, url)
    {
    }
}

/// <summary>What the link table is made of: every page's claim (items, measures, plain pages, in that order), the frameworks and the assets.</summary>
public sealed record LinkTableInputs(PageClaim[] Claims, IReadOnlyDictionary<int, IndicatorFramework> Frameworks, IReadOnlyDictionary<string, AssetFile> Assets);

/// <summary>
/// The site's link table (<see cref="LinkResolver"/>): which content file is published where, and every published page path.
/// Built from the claims alone, so a session keeps the same table while no page is added, removed or moved (an edit of a
/// page's text leaves it, and everything that compares the site as a frame then compares it by reference).
/// </summary>
public static class LinkTable
{
    /// <summary>The table; a second claim on a path is an error at that page and the first claim keeps the path.</summary>
    public static LinkResolver Build(LinkTableInputs inputs, DiagnosticBag diagnostics)
    {
        var byContentPath = new Dictionary<string, SitePath>(inputs.Claims.Length, StringComparer.Ordinal);
        var claimed = new Dictionary<string, string>(inputs.Claims.Length, StringComparer.Ordinal);
        foreach (var (contentPath, displayPath, url) in inputs.Claims)
        {
            if (claimed.TryGetValue(url.Value, out var other))
            {
                diagnostics.Error(DiagnosticCodes.DuplicatePage, new SourceSpan(displayPath, 1, 1), $"this page would be published at {url}, which {other} already uses");
                continue;
            }

            claimed[url.Value] = displayPath;
            byContentPath[contentPath] = url;
        }

        var sitePaths = new HashSet<string>(claimed.Keys, StringComparer.Ordinal) { SiteModel.SearchPath.Value, SiteModel.YearsIndexPath.Value };
        foreach (var (year, framework) in inputs.Frameworks)
        {
            sitePaths.Add(SiteModel.OitIndexPath(year).Value);
            foreach (var item in framework.Items)
            {
                sitePaths.Add(SiteModel.ItemPath(year, item.Code).Value);
            }
        }

        return new LinkResolver(byContentPath, sitePaths, inputs.Assets);
    }
}
