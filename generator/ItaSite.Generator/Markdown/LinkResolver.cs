using ItaSite.Generator.Content;
using ItaSite.Generator.Output;

namespace ItaSite.Generator.Markdown;

/// <summary>
/// Resolves links written in content (relative <c>.md</c> and file references, root-relative site paths, #anchors, external URLs)
/// against the pages and assets of the site.
/// </summary>
public sealed class LinkResolver(
    IReadOnlyDictionary<string, SitePath> pagesByContentPath,
    IReadOnlySet<string> pageSitePaths,
    IReadOnlyDictionary<string, AssetFile> assets)
{
    private static readonly string[] ExternalSchemes = ["http:", "https:", "mailto:", "tel:", "ftp:"];
    private static readonly string[] BlockedSchemes = ["javascript:", "data:", "vbscript:", "file:"];

    public bool PageExists(SitePath path) => pageSitePaths.Contains(path.Value);

    public static SitePath AssetSitePath(string contentPath) =>
        new(contentPath.StartsWith("pages/", StringComparison.Ordinal) ? contentPath["pages/".Length..] : contentPath);

    public ResolvedLink Resolve(string fromContentPath, string written)
    {
        var trimmed = written.Trim();
        var lower = new string([.. trimmed.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]).ToLowerInvariant();
        if (BlockedSchemes.Any(s => lower.StartsWith(s, StringComparison.Ordinal)))
        {
            return new ResolvedLink(LinkKind.Blocked, written, null, null, null);
        }

        if (ExternalSchemes.Any(s => lower.StartsWith(s, StringComparison.Ordinal)) || trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return new ResolvedLink(LinkKind.External, trimmed, null, null, null);
        }

        var colon = lower.IndexOf(':');
        var firstSeparator = lower.IndexOfAny(['/', '#', '?']);
        if (colon > 0 && (firstSeparator < 0 || colon < firstSeparator) && IsScheme(lower[..colon]))
        {
            return new ResolvedLink(LinkKind.Blocked, written, null, null, null);
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

    private static bool IsScheme(string s) => s.Length > 1 && char.IsAsciiLetter(s[0]) && s.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
}
