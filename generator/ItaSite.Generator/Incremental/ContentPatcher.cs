using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Publishing;

namespace ItaSite.Generator.Incremental;

/// <summary>
/// Updates the previous <see cref="ContentSet"/> from a list of changed paths (what a file watcher reported) instead of listing
/// and statting the whole content folder again. Only edits of files that were already loaded are patched: the result is null
/// — meaning "rescan everything" — when a path was added, deleted, renamed, is a folder or a link, is now too large or no
/// longer reads cleanly, so every such case goes through the full loader and its diagnostics.
/// </summary>
public sealed class ContentPatcher(ContentSet previous, BuildLimits limits)
{
    private Dictionary<string, int>? _markdownIndex;
    private Dictionary<string, int>? _dataIndex;

    /// <summary>The set the patcher works from.</summary>
    public ContentSet Previous => previous;

    /// <summary>
    /// Applies <paramref name="changedFullPaths"/>; <paramref name="read"/> reads one text file (full path, display path) into
    /// the bag it is given. Returns the patched set and the content paths whose text was re-read, or null to rescan.
    /// </summary>
    public (ContentSet Content, IReadOnlyList<string> Reread)? TryPatch(IEnumerable<string> changedFullPaths, Func<string, string, DiagnosticBag, string?> read)
    {
        var root = previous.Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        List<SourceFile>? markdown = null;
        List<SourceFile>? data = null;
        Dictionary<string, AssetFile>? assets = null;
        var site = previous.SiteFile;
        var reread = new List<string>();
        foreach (var changed in changedFullPaths)
        {
            var full = Path.GetFullPath(changed);
            if (!full.StartsWith(root, StringComparison.Ordinal))
            {
                continue;
            }

            var contentPath = full[root.Length..].Replace('\\', '/');
            if (contentPath.Split('/').Any(segment => segment.StartsWith('.')))
            {
                continue;
            }

            var info = new FileInfo(full);
            if (!info.Exists || info.LinkTarget is not null)
            {
                return null;
            }

            if (previous.Assets.TryGetValue(contentPath, out var asset))
            {
                assets ??= new Dictionary<string, AssetFile>(previous.Assets, StringComparer.Ordinal);
                assets[contentPath] = asset with { Length = info.Length };
                continue;
            }

            var (list, index) = Locate(contentPath);
            if (list is null && !IsSiteFile(contentPath))
            {
                return null;
            }

            var display = list is null ? site!.DisplayPath : list[index].DisplayPath;
            var own = new DiagnosticBag();
            if (info.Length > limits.MaxTextFileBytes || read(full, display, own) is not { } text || own.Count(Severity.Error) + own.Count(Severity.Warning) + own.Count(Severity.Info) > 0)
            {
                return null;
            }

            var file = new SourceFile(contentPath, display, text);
            reread.Add(contentPath);
            if (list is null)
            {
                site = file;
            }
            else if (ReferenceEquals(list, previous.Markdown))
            {
                (markdown ??= [.. previous.Markdown])[index] = file;
            }
            else
            {
                (data ??= [.. previous.DataFiles])[index] = file;
            }
        }

        if (markdown is null && data is null && assets is null && ReferenceEquals(site, previous.SiteFile))
        {
            return (previous, reread);
        }

        var patched = new ContentSet(previous.Root, site, markdown ?? previous.Markdown, data ?? previous.DataFiles, assets ?? previous.Assets);
        return (patched, reread);
    }

    /// <summary>A patcher for the set <paramref name="patched"/> returned by <see cref="TryPatch"/> (same files, same order).</summary>
    public ContentPatcher With(ContentSet patched) => new(patched, limits) { _markdownIndex = _markdownIndex, _dataIndex = _dataIndex };

    private bool IsSiteFile(string contentPath) => previous.SiteFile is { } site && site.ContentPath == contentPath;

    private (IReadOnlyList<SourceFile>? List, int Index) Locate(string contentPath)
    {
        _markdownIndex ??= IndexOf(previous.Markdown);
        if (_markdownIndex.TryGetValue(contentPath, out var index))
        {
            return (previous.Markdown, index);
        }

        _dataIndex ??= IndexOf(previous.DataFiles);
        return _dataIndex.TryGetValue(contentPath, out index) ? (previous.DataFiles, index) : (null, -1);
    }

    private static Dictionary<string, int> IndexOf(IReadOnlyList<SourceFile> files)
    {
        var index = new Dictionary<string, int>(files.Count, StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            index[files[i].ContentPath] = i;
        }

        return index;
    }
}
