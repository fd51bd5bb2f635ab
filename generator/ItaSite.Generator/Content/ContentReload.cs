using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Publishing;

namespace ItaSite.Generator.Content;

/// <summary>What changed since a load that reported nothing: that load's result and the paths a file watcher saw change.</summary>
public sealed record ContentChanges(ContentSet Previous, IReadOnlyCollection<string> Paths);

public sealed partial class ContentLoader
{
    /// <summary>
    /// <paramref name="changes"/>' previous set with the changed files read again, without listing the folder: only when every
    /// changed path is a file that set holds, still a plain file the loader would read the same way, and it reads without a
    /// diagnostic. Paths outside the folder or hidden are skipped, as <see cref="Load"/> skips them. Null otherwise (an added,
    /// deleted or renamed path, a folder, a link, a file now too large or unreadable): <see cref="Load"/> then lists and
    /// reports everything.
    /// </summary>
    public ContentSet? Reload(ContentChanges changes)
    {
        var previous = changes.Previous;
        var root = previous.Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var markdown = previous.Markdown.ToList();
        var data = previous.DataFiles.ToList();
        var assets = new Dictionary<string, AssetFile>(previous.Assets, StringComparer.Ordinal);
        var site = previous.SiteFile;
        var markdownIndex = IndexOf(markdown);
        var dataIndex = IndexOf(data);
        foreach (var changed in changes.Paths)
        {
            var full = Path.GetFullPath(changed);
            var contentPath = full.StartsWith(root, StringComparison.Ordinal) ? full[root.Length..].Replace('\\', '/') : null;
            if (contentPath is null || contentPath.Split('/').Any(segment => segment.StartsWith('.')))
            {
                continue;
            }

            var info = new FileInfo(full);
            if (!info.Exists || info.LinkTarget is not null || RegularFiles.NotRegular(full) is not null)
            {
                return null;
            }

            if (assets.TryGetValue(contentPath, out var asset))
            {
                assets[contentPath] = asset with { Length = info.Length };
                continue;
            }

            var (list, index) = markdownIndex.TryGetValue(contentPath, out var m) ? (markdown, m)
                : dataIndex.TryGetValue(contentPath, out var d) ? (data, d)
                : (null, -1);
            var display = list is not null ? list[index].DisplayPath : site?.ContentPath == contentPath ? site.DisplayPath : null;
            var own = new DiagnosticBag();
            if (display is null || info.Length > limits.MaxTextFileBytes || ReadStep(Reuse.ReusableStep.ReadChanged, info, display, own) is not { } text || own.Items.Count > 0)
            {
                return null;
            }

            var file = new SourceFile(contentPath, display, text);
            if (list is null)
            {
                site = file;
            }
            else
            {
                list[index] = file;
            }
        }

        return new ContentSet(previous.Root, site, markdown, data, assets);
    }

    private static Dictionary<string, int> IndexOf(List<SourceFile> files)
    {
        var index = new Dictionary<string, int>(files.Count, StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            index[files[i].ContentPath] = i;
        }

        return index;
    }
}
