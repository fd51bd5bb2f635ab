using System.Diagnostics;
using ItaSite.Generator.Incremental;
using ItaSite.Generator.Content;
using ItaSite.Generator.Output;
using ItaSite.Generator.Reuse;
using ItaSite.Generator.Theming;

namespace ItaSite.Generator.Pipeline;

/// <summary>The outcome of one session build: the build result, what changed since the previous good build, and the work done.</summary>
public sealed record SessionBuild(BuildResult Result, TimeSpan Elapsed, IReadOnlyList<string> Changed, int Parsed, int MarkdownRendered, int PagesRendered)
{
    /// <summary>PDFs whose text was extracted again (the rest came from the cache), and whether the search index was written again.</summary>
    public (int PdfExtracted, bool SearchIndexed) Search { get; init; }

    /// <summary>How many text files of the content folder were read again (the rest were unchanged on disk).</summary>
    public int Read { get; init; }
}

/// <summary>
/// Builds the same site again and again in one process (for <c>serve</c>), keeping the output in memory and reusing the work of
/// every step whose inputs are unchanged (<see cref="StepReuse"/>): an edit re-reads, re-parses and re-renders only what it
/// affects. Nothing is written to disk. Safe to read from while a build runs: readers see the last good output until the new
/// one is complete. Builds themselves must not overlap (the caller serialises them).
/// </summary>
public sealed class BuildSession(BuildOptions options)
{
    private readonly StepReuse _steps = new();
    private volatile Published _published = Published.None;
    private BuildOptions _options = options with { WriteOutput = false };

    /// <summary>The last build's result (successful or not), or null before the first build.</summary>
    public BuildResult? Last { get; private set; }

    /// <summary>Replaces the theme (e.g. its CSS was edited on disk); the next build uses it.</summary>
    public void UseTheme(Theme theme) => _options = _options with { Theme = theme };

    public Task<SessionBuild> BuildAsync(CancellationToken cancellationToken = default) => BuildAsync(null, cancellationToken);

    /// <summary>True when the last build read only the changed files instead of listing the content folder.</summary>
    public bool LastLoadPatched => Last?.Reloaded ?? false;

    /// <summary>
    /// Builds again after the files at <paramref name="changedPaths"/> (full paths, as a watcher reports them) changed: edits of
    /// known files are read alone; anything else (or null: unknown changes) lists the whole content folder again, where every
    /// file is read again only when its length or modification time changed.
    /// </summary>
    public async Task<SessionBuild> BuildAsync(IReadOnlyCollection<string>? changedPaths, CancellationToken cancellationToken = default)
    {
        _steps.NextBuild();
        var watch = Stopwatch.StartNew();
        var changes = Last?.CleanContent is { } previous && changedPaths is not null ? new ContentChanges(previous, changedPaths) : null;
        var result = await new SiteBuilder(_options with { Steps = _steps, Changes = changes }).BuildAsync(cancellationToken);
        Last = result;
        var changed = new List<string>();
        if (result.Succeeded)
        {
            _published = Diff(result.Files, changed);
        }

        var searched = _steps.Runs(ReusableStep.SearchParts) + _steps.Runs(ReusableStep.GzipPiece) > 0;
        return new SessionBuild(result, watch.Elapsed, changed, _steps.Runs(ReusableStep.Parse), _steps.Runs(ReusableStep.Markdown), _steps.Runs(ReusableStep.Theme))
        {
            Search = (_steps.Runs(ReusableStep.PdfText), searched),
            Read = _steps.Runs(ReusableStep.ReadText) + _steps.Runs(ReusableStep.ReadChanged),
        };
    }

    /// <summary>
    /// The published files after <paramref name="files"/>, adding the paths whose content changed to <paramref name="changed"/>
    /// (in file order, then removed paths). When the paths are the previous build's, position by position (usually the same
    /// objects), the previous index by path is kept as it is and only the files that are new objects are compared.
    /// </summary>
    private Published Diff(IReadOnlyList<OutputFile> files, List<string> changed)
    {
        var previous = _published;
        if (SamePaths(previous.Files, files))
        {
            for (var i = 0; i < files.Count; i++)
            {
                var (old, file) = (previous.Files[i], files[i]);
                if (!ReferenceEquals(old, file) && !SameContent(old, file))
                {
                    changed.Add(file.RelativePath);
                }
            }

            return new Published(files, previous.Index);
        }

        var index = new Dictionary<string, int>(files.Count, StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            index[file.RelativePath] = i;
            if (previous.Find(file.RelativePath) is not { } old || (!ReferenceEquals(old, file) && !SameContent(old, file)))
            {
                changed.Add(file.RelativePath);
            }
        }

        changed.AddRange(previous.Index.Keys.Where(k => !index.ContainsKey(k)));
        return new Published(files, index);
    }

    /// <summary>The files of one good build and where each path is among them (shared by builds whose paths are the same).</summary>
    private sealed record Published(IReadOnlyList<OutputFile> Files, IReadOnlyDictionary<string, int> Index)
    {
        public static Published None { get; } = new([], new Dictionary<string, int>());

        public OutputFile? Find(string relativePath) => Index.TryGetValue(relativePath, out var i) ? Files[i] : null;
    }

    private static bool SamePaths(IReadOnlyList<OutputFile> previous, IReadOnlyList<OutputFile> files)
    {
        if (previous.Count != files.Count)
        {
            return false;
        }

        for (var i = 0; i < files.Count; i++)
        {
            var (a, b) = (previous[i], files[i]);
            if (!ReferenceEquals(a, b) && !string.Equals(a.RelativePath, b.RelativePath, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The file published at <paramref name="relativePath"/> (e.g. <c>oit/2566/o1/index.html</c>) by the last good build.</summary>
    public OutputFile? Find(string relativePath) => _published.Find(relativePath);

    private static bool SameContent(OutputFile a, OutputFile b) =>
        a.CopyFrom is not null || b.CopyFrom is not null
            ? a.CopyFrom == b.CopyFrom && a.CopyFrom is not null && new FileInfo(a.CopyFrom).Exists
            : ReferenceEquals(a.Content, b.Content) || a.Content.AsSpan().SequenceEqual(b.Content);
}
