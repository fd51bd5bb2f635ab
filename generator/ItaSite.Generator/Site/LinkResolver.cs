using ItaSite.Generator.Content;
using ItaSite.Generator.Output;
using ItaSite.Generator.Publishing;

namespace ItaSite.Generator.Site;

/// <summary>
/// Resolves links written in content (relative <c>.md</c> and file references, root-relative site paths, #anchors, external URLs)
/// against the pages and assets of the site.
/// </summary>
public sealed class LinkResolver(
    IReadOnlyDictionary<string, SitePath> pagesByContentPath,
    IReadOnlySet<string> pageSitePaths,
    IReadOnlyDictionary<string, AssetFile> assets)
{
    public bool PageExists(SitePath path) => pageSitePaths.Contains(path.Value);

    public static SitePath AssetSitePath(string contentPath) =>
        new(contentPath.StartsWith("pages/", StringComparison.Ordinal) ? contentPath["pages/".Length..] : contentPath);

    public ResolvedLink Resolve(string fromContentPath, string written)
    {
        var trimmed = written.Trim();
        switch (Publishing.UrlPolicy.Classify(written).Kind)
        {
            case Publishing.UrlKind.Refused:
                return new ResolvedLink(LinkKind.Blocked, written, null, null, null);
            case Publishing.UrlKind.Web or Publishing.UrlKind.Mail or Publishing.UrlKind.Phone:
                return new ResolvedLink(LinkKind.External, trimmed, null, null, null);
        }

        var hash = trimmed.IndexOf('#');
        var pathPart = hash >= 0 ? trimmed[..hash] : trimmed;
        string? fragment = hash >= 0 ? Uri.UnescapeDataString(trimmed[(hash + 1)..]) : null;
        var query = pathPart.IndexOf('?');
        if (query >= 0)
        {
            pathPart = pathPart[..query];
        }

        pathPart = Uri.UnescapeDataString(pathPart);
        if (pathPart.Length == 0)
        {
            return new ResolvedLink(LinkKind.SamePageAnchor, written, null, fragment, null);
        }

        if (ContentPaths.Resolve(fromContentPath, pathPart) is not { } contentPath)
        {
            return new ResolvedLink(LinkKind.Escapes, written, null, fragment, null);
        }

        if (pagesByContentPath.TryGetValue(contentPath, out var page))
        {
            return new ResolvedLink(LinkKind.Page, written, page, fragment, null);
        }

        if (assets.ContainsKey(contentPath))
        {
            return new ResolvedLink(LinkKind.Asset, written, AssetSitePath(contentPath), fragment, contentPath);
        }

        if (pathPart.StartsWith('/'))
        {
            var sitePath = new SitePath(pathPart.EndsWith('/') || Path.HasExtension(pathPart) ? pathPart : pathPart + "/");
            if (PageExists(sitePath))
            {
                return new ResolvedLink(LinkKind.Page, written, sitePath, fragment, null);
            }
        }

        return new ResolvedLink(LinkKind.Broken, written, null, fragment, null);
    }
}
