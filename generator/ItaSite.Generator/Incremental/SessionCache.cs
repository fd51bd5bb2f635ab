using System.Collections.Concurrent;
using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Output;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Incremental;

/// <summary>
/// The cache of one <see cref="Pipeline.BuildSession"/>: file text by (length, modification time), parsed pages and rendered Markdown by
/// exact source text (with the diagnostics they reported, replayed on reuse), and rendered HTML by page fingerprint. Each
/// source file gets a version number that changes when its text changes; the site's shape (paths, titles in the menu,
/// site.yaml, framework files, assets) gets one too, and invalidates everything that depends on it.
/// </summary>
public sealed class SessionCache(BuildLimits limits) : BuildCache
{
    private readonly BuildLimits _limits = limits;
    private ContentPatcher? _patcher;
    private IReadOnlyCollection<string>? _changedPaths;

    private sealed record TextEntry(long Length, DateTime Modified, string Text);

    private sealed record ParseEntry(SourceFile Source, string Text, string Display, int Year, ContentPage? Page, IReadOnlyList<Diagnostic> Diagnostics, long Version);

    private sealed record PdfEntry(long Length, DateTime Modified, string? Text, string? Error);

    private sealed record SearchEntry(IReadOnlyList<Search.SearchDocument> Documents, IReadOnlyList<OutputFile> Files);

    private sealed record MarkdownEntry(ContentPage Page, string Url, long Shape, RenderedMarkdown Rendered, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly ConcurrentDictionary<string, TextEntry> _texts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ParseEntry> _parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, MarkdownEntry> _markdown = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RenderedPageCache.Entry> _html = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PdfEntry> _pdfText = new(StringComparer.Ordinal);
    private SearchEntry? _search;
    private readonly GzipPieceCache _pieces = new();
    private Search.SearchDocumentInputs[] _lastInputs = [];
    private Search.SearchDocument[] _lastDocuments = [];
    private Search.SearchDocument[] _lastRaw = [];
    private Search.SearchDocumentParts[] _lastParts = [];
    private long _nextVersion;
    private string _shapeKey = string.Empty;
    private long _shape;
    private string _titlesKey = string.Empty;
    private long _titles;

    /// <summary>How many files were parsed, bodies rendered and pages themed by the last build (the rest came from the cache).</summary>
    public (int Parsed, int Markdown, int Pages) LastWork => (_parsedCount, _markdownCount, _lastTheme?.Rendered ?? 0);

    /// <summary>How many PDFs the last build ran pdftotext on, and whether it wrote the search index again.</summary>
    public (int PdfExtracted, bool SearchIndexed) LastSearchWork => (_pdfCount, _searchIndexed);

    private int _parsedCount;
    private int _markdownCount;
    private int _pdfCount;
    private bool _searchIndexed;
    private RenderedPageCache? _lastTheme;

    /// <summary>
    /// Clears the per-build counters; called by the session before each build with the paths a watcher saw change since the
    /// previous build, or null when they are unknown (everything is listed again).
    /// </summary>
    public void BeginBuild(IReadOnlyCollection<string>? changedPaths = null)
    {
        _changedPaths = changedPaths;
        _parsedCount = 0;
        _markdownCount = 0;
        _lastTheme = null;
        _pdfCount = 0;
        _searchIndexed = false;
    }

    public override string? ReadText(string fullPath, FileInfo info, Func<string?> read)
    {
        if (_texts.TryGetValue(fullPath, out var entry) && entry.Length == info.Length && entry.Modified == info.LastWriteTimeUtc)
        {
            return entry.Text;
        }

        var text = read();
        if (text is not null)
        {
            _texts[fullPath] = new TextEntry(info.Length, info.LastWriteTimeUtc, text);
        }
        else
        {
            _texts.TryRemove(fullPath, out _);
        }

        return text;
    }

    public override bool TryReuseParse(SourceFile file, int defaultYear, DiagnosticBag diagnostics, out ContentPage? page)
    {
        if (_parsed.TryGetValue(file.ContentPath, out var entry)
            && entry.Year == defaultYear
            && (ReferenceEquals(entry.Source, file)
                || (entry.Display == file.DisplayPath && string.Equals(entry.Text, file.Text, StringComparison.Ordinal))))
        {
            Replay(entry.Diagnostics, diagnostics);
            page = entry.Page;
            return true;
        }

        page = null;
        return false;
    }

    private SourceFile[] _parseFiles = [];
    private ContentPage?[] _parsePages = [];
    private IReadOnlyList<Diagnostic>?[] _parseDiagnostics = [];
    private bool[] _parseKnown = [];
    private int _parseYear;

    /// <summary>Compared with the previous build's file at the same position first (by reference, no lookup), then as <see cref="TryReuseParse"/> does.</summary>
    public override bool[] ReuseParses(IReadOnlyList<SourceFile> files, int defaultYear, DiagnosticBag diagnostics, ContentPage?[] pages)
    {
        var reused = new bool[files.Count];
        var reports = new IReadOnlyList<Diagnostic>?[files.Count];
        var sources = new SourceFile[files.Count];
        var samePositions = defaultYear == _parseYear;
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            sources[i] = file;
            if (samePositions && i < _parseFiles.Length && _parseKnown[i] && ReferenceEquals(_parseFiles[i], file))
            {
                if (_parseDiagnostics[i] is { } earlier)
                {
                    Replay(earlier, diagnostics);
                }

                pages[i] = _parsePages[i];
                reports[i] = _parseDiagnostics[i];
                reused[i] = true;
            }
            else if (_parsed.TryGetValue(file.ContentPath, out var entry) && entry.Year == defaultYear
                && (ReferenceEquals(entry.Source, file) || (entry.Display == file.DisplayPath && string.Equals(entry.Text, file.Text, StringComparison.Ordinal))))
            {
                Replay(entry.Diagnostics, diagnostics);
                pages[i] = entry.Page;
                reports[i] = entry.Diagnostics.Count == 0 ? null : entry.Diagnostics;
                reused[i] = true;
            }
        }

        (_parseFiles, _parsePages, _parseDiagnostics, _parseKnown, _parseYear) = (sources, [.. pages], reports, reused, defaultYear);
        return reused;
    }

    public override ContentPage? Parse(SourceFile file, int defaultYear, DiagnosticBag diagnostics, Func<DiagnosticBag, ContentPage?> parse)
    {
        if (TryReuseParse(file, defaultYear, diagnostics, out var reused))
        {
            return reused;
        }

        Interlocked.Increment(ref _parsedCount);
        var own = new DiagnosticBag();
        var page = parse(own);
        var diagnosticsOfFile = own.Sorted();
        Replay(diagnosticsOfFile, diagnostics);
        _parsed[file.ContentPath] = new ParseEntry(file, file.Text, file.DisplayPath, defaultYear, page, diagnosticsOfFile, Interlocked.Increment(ref _nextVersion));
        return page;
    }

    /// <summary>
    /// Patches the previous content set with the paths given to <see cref="BeginBuild"/> when it can (edits of known files);
    /// lists and reads the whole folder otherwise (first build, adds, deletes, renames, watcher overflow, previous load
    /// diagnostics). A patched load reports nothing, as the full load it replaces would have.
    /// </summary>
    public override ContentSet? LoadContent(DiagnosticBag diagnostics, Func<DiagnosticBag, ContentSet?> load)
    {
        if (_patcher is not null && _changedPaths is not null
            && _patcher.TryPatch(_changedPaths, (full, display, bag) => RereadText(full, display, bag)) is { } patched)
        {
            LastLoadPatched = true;
            _patcher = _patcher.With(patched.Content);
            return patched.Content;
        }

        LastLoadPatched = false;
        var own = new DiagnosticBag();
        var content = load(own);
        var reported = own.Sorted();
        Replay(reported, diagnostics);
        _patcher = content is not null && reported.Count == 0 ? new ContentPatcher(content, _limits) : null;
        return content;
    }

    /// <summary>True when the last build patched the previous content set instead of listing the folder.</summary>
    public bool LastLoadPatched { get; private set; }

    public override RenderedMarkdown? ReuseMarkdown(ContentPage page, SitePath url, DiagnosticBag diagnostics)
    {
        if (_markdown.TryGetValue(page.Source.ContentPath, out var entry)
            && ReferenceEquals(entry.Page, page)
            && entry.Url == url.Value
            && entry.Shape == Interlocked.Read(ref _shape))
        {
            Replay(entry.Diagnostics, diagnostics);
            return entry.Rendered;
        }

        return null;
    }

    private ContentPage[] _bodyPages = [];
    private string[] _bodyUrls = [];
    private RenderedMarkdown?[] _bodies = [];
    private IReadOnlyList<Diagnostic>?[] _bodyDiagnostics = [];
    private long _bodiesShape = -1;

    /// <summary>
    /// Compared with the previous build's list at the same position first (page and path by reference, no lookup), then by
    /// content path as <see cref="ReuseMarkdown(ContentPage, SitePath, DiagnosticBag)"/> does.
    /// </summary>
    public override RenderedMarkdown?[] ReuseMarkdown(IReadOnlyList<(ContentPage Page, SitePath Url)> targets, DiagnosticBag diagnostics)
    {
        var shape = Interlocked.Read(ref _shape);
        var samePositions = shape == _bodiesShape;
        var reused = new RenderedMarkdown?[targets.Count];
        var pages = new ContentPage[targets.Count];
        var urls = new string[targets.Count];
        var reports = new IReadOnlyList<Diagnostic>?[targets.Count];
        for (var i = 0; i < targets.Count; i++)
        {
            var (page, url) = targets[i];
            pages[i] = page;
            urls[i] = url.Value;
            if (samePositions && i < _bodies.Length && _bodies[i] is { } body && ReferenceEquals(_bodyPages[i], page)
                && (ReferenceEquals(_bodyUrls[i], url.Value) || string.Equals(_bodyUrls[i], url.Value, StringComparison.Ordinal)))
            {
                if (_bodyDiagnostics[i] is { } earlier)
                {
                    Replay(earlier, diagnostics);
                }

                reused[i] = body;
                reports[i] = _bodyDiagnostics[i];
            }
            else if (_markdown.TryGetValue(page.Source.ContentPath, out var entry) && ReferenceEquals(entry.Page, page) && entry.Url == url.Value && entry.Shape == shape)
            {
                Replay(entry.Diagnostics, diagnostics);
                reused[i] = entry.Rendered;
                reports[i] = entry.Diagnostics.Count == 0 ? null : entry.Diagnostics;
            }
        }

        (_bodyPages, _bodyUrls, _bodies, _bodyDiagnostics, _bodiesShape) = (pages, urls, reused, reports, shape);
        return reused;
    }

    private string? RereadText(string full, string display, DiagnosticBag bag)
    {
        var text = new ContentLoader(_limits, bag).ReadText(full, display);
        var info = new FileInfo(full);
        if (text is not null)
        {
            _texts[full] = new TextEntry(info.Length, info.LastWriteTimeUtc, text);
        }

        return text;
    }

    public override RenderedMarkdown Markdown(ContentPage page, SitePath url, DiagnosticBag diagnostics, Func<DiagnosticBag, RenderedMarkdown> render)
    {
        var shape = Interlocked.Read(ref _shape);
        if (_markdown.TryGetValue(page.Source.ContentPath, out var entry)
            && ReferenceEquals(entry.Page, page)
            && entry.Url == url.Value
            && entry.Shape == shape)
        {
            Replay(entry.Diagnostics, diagnostics);
            return entry.Rendered;
        }

        Interlocked.Increment(ref _markdownCount);
        var own = new DiagnosticBag();
        var rendered = render(own);
        var diagnosticsOfPage = own.Sorted();
        Replay(diagnosticsOfPage, diagnostics);
        _markdown[page.Source.ContentPath] = new MarkdownEntry(page, url.Value, shape, rendered, diagnosticsOfPage);
        return rendered;
    }

    private sealed record BindEntry(ContentSet Content, ContentPage[] Pages, SiteModel Site, IReadOnlyList<Diagnostic> Diagnostics);

    private BindEntry? _bound;
    private SwappedSite? _swapped;

    /// <summary>
    /// The previous model with the edited pages swapped in (<see cref="SiteRebinder"/>) when site.yaml, the data files and the
    /// assets are the same objects and the previous bind reported no error (its warnings are replayed); a full bind otherwise.
    /// </summary>
    public override SiteModel Bind(SiteConfig config, ContentSet content, IReadOnlyList<ContentPage> pages, DiagnosticBag diagnostics, Func<DiagnosticBag, SiteModel> bind)
    {
        _swapped = null;
        if (_bound is { } previous
            && ReferenceEquals(previous.Content.SiteFile, content.SiteFile)
            && ReferenceEquals(previous.Content.DataFiles, content.DataFiles)
            && ReferenceEquals(previous.Content.Assets, content.Assets)
            && previous.Diagnostics.All(d => d.Severity != Severity.Error)
            && SiteRebinder.TrySwap(previous.Site, previous.Pages, pages, config, content) is { } swapped)
        {
            Replay(previous.Diagnostics, diagnostics);
            _swapped = swapped;
            _bound = previous with { Content = content, Pages = [.. pages], Site = swapped.Site };
            return swapped.Site;
        }

        var own = new DiagnosticBag();
        var site = bind(own);
        var reported = own.Sorted();
        Replay(reported, diagnostics);
        _bound = new BindEntry(content, [.. pages], site, reported);
        return site;
    }

    /// <summary>Called once the site is bound: bumps the shape and titles versions when they changed (a swap that kept them skips the keys).</summary>
    public override void SiteBound(SiteModel site)
    {
        if (_swapped is { } swapped && ReferenceEquals(swapped.Site, site))
        {
            if (!swapped.ShapeKept)
            {
                UpdateShape(site);
            }

            if (!swapped.TitlesKept)
            {
                UpdateTitles(site);
            }

            return;
        }

        UpdateShape(site);
        UpdateTitles(site);
    }

    private void UpdateShape(SiteModel site)
    {
        var shapeKey = PageFingerprints.ShapeKey(site);
        if (!string.Equals(shapeKey, _shapeKey, StringComparison.Ordinal))
        {
            _shapeKey = shapeKey;
            Interlocked.Exchange(ref _shape, Interlocked.Increment(ref _nextVersion));
        }
    }

    private void UpdateTitles(SiteModel site)
    {
        var titlesKey = PageFingerprints.TitlesKey(site);
        if (!string.Equals(titlesKey, _titlesKey, StringComparison.Ordinal))
        {
            _titlesKey = titlesKey;
            _titles = Interlocked.Increment(ref _nextVersion);
        }
    }

    private SiteModel? _fingerprintsOf;
    private Dictionary<string, string> _fingerprints = [];

    /// <summary>
    /// Fingerprints of every page; after a swap that kept the shape, those of the site before with only the entries the swapped
    /// pages feed made again (<see cref="PageFingerprints.Update"/>), and no stale pages to drop.
    /// </summary>
    public override RenderedPageCache? ForTheme(SiteModel site, ContentSet content)
    {
        var maker = new PageFingerprints(site, VersionOf, Interlocked.Read(ref _shape), _titles);
        Dictionary<string, string> fingerprints;
        if (_swapped is { ShapeKept: true } swapped && ReferenceEquals(swapped.Site, site) && ReferenceEquals(_fingerprintsOf, swapped.From))
        {
            fingerprints = maker.Update(_fingerprints, swapped.Swapped, titlesChanged: !swapped.TitlesKept);
        }
        else
        {
            fingerprints = maker.Compute();
            foreach (var stale in _html.Keys.Where(k => !fingerprints.ContainsKey(k)).ToList())
            {
                _html.TryRemove(stale, out _);
            }
        }

        (_fingerprintsOf, _fingerprints) = (site, fingerprints);
        _lastTheme = new RenderedPageCache(fingerprints, _html);
        return _lastTheme;
    }

    /// <summary>pdftotext runs again only when the PDF's length or modification time changed (failures are kept too).</summary>
    public override (string? Text, string? Error) PdfText(string fullPath, FileInfo info, Func<(string? Text, string? Error)> extract)
    {
        if (info.Exists && _pdfText.TryGetValue(fullPath, out var entry) && entry.Length == info.Length && entry.Modified == info.LastWriteTimeUtc)
        {
            return (entry.Text, entry.Error);
        }

        Interlocked.Increment(ref _pdfCount);
        var (text, error) = extract();
        if (info.Exists)
        {
            _pdfText[fullPath] = new PdfEntry(info.Length, info.LastWriteTimeUtc, text, error);
        }

        return (text, error);
    }

    /// <summary>The previous index files when every page's raw search text, title and path are unchanged: nothing is folded or compressed.</summary>
    public override IReadOnlyList<OutputFile> SearchIndex(IReadOnlyList<Search.SearchDocument> documents, Func<IReadOnlyList<OutputFile>> write)
    {
        if (_search is { } previous && SameDocuments(previous.Documents, documents))
        {
            return previous.Files;
        }

        _searchIndexed = true;
        _pieces.Rotate();
        _partsMade = 0;
        _piecesMade = 0;
        var files = write();
        _search = new SearchEntry(documents, files);
        return files;
    }

    // By reference first: an unchanged page's document is the same object, and comparing references reads no document.
    private static bool SameDocuments(IReadOnlyList<Search.SearchDocument> a, IReadOnlyList<Search.SearchDocument> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!ReferenceEquals(a[i], b[i]) && !a[i].Equals(b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many pages' index parts the last index write made and how many compressed pieces it made (the rest were reused).</summary>
    public (int Parts, int Pieces) LastSearchParts => (_partsMade, _piecesMade);

    private int _partsMade;
    private int _piecesMade;

    /// <summary>
    /// Each page's previous document while its inputs are the same strings (<see cref="Search.SearchDocumentInputs.SameAs"/>):
    /// compared with the previous build's page at the same position, or by path when the pages moved.
    /// </summary>
    public override IReadOnlyList<Search.SearchDocument> SearchDocuments(IReadOnlyList<Search.SearchDocumentInputs> inputs)
    {
        var documents = new Search.SearchDocument[inputs.Count];
        Dictionary<string, int>? byUrl = null;
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var j = i < _lastInputs.Length && string.Equals(_lastInputs[i].Url, input.Url, StringComparison.Ordinal)
                ? i
                : (byUrl ??= IndexByUrl(_lastInputs, d => d.Url)).GetValueOrDefault(input.Url, -1);
            documents[i] = j >= 0 && _lastInputs[j].SameAs(input) ? _lastDocuments[j] : input.ToDocument();
        }

        _lastInputs = [.. inputs];
        _lastDocuments = documents;
        return documents;
    }

    /// <summary>Each page's previous parts while its raw document is the same object (or, found by path, an equal one); the rest are made in parallel.</summary>
    public override Search.SearchDocumentParts[] SearchParts(IReadOnlyList<Search.SearchDocument> raw, Func<Search.SearchDocument, Search.SearchDocumentParts> make)
    {
        var parts = new Search.SearchDocumentParts[raw.Count];
        var missing = new List<int>();
        Dictionary<string, int>? byUrl = null;
        for (var i = 0; i < raw.Count; i++)
        {
            var document = raw[i];
            if (i < _lastRaw.Length && ReferenceEquals(_lastRaw[i], document))
            {
                parts[i] = _lastParts[i];
                continue;
            }

            var j = (byUrl ??= IndexByUrl(_lastRaw, d => d.Url)).GetValueOrDefault(document.Url, -1);
            if (j >= 0 && (ReferenceEquals(_lastRaw[j], document) || _lastRaw[j].Equals(document)))
            {
                parts[i] = _lastParts[j];
            }
            else
            {
                missing.Add(i);
            }
        }

        Parallel.ForEach(missing, i => parts[i] = make(raw[i]));
        _partsMade += missing.Count;
        _lastRaw = [.. raw];
        _lastParts = parts;
        return parts;
    }

    private static Dictionary<string, int> IndexByUrl<T>(T[] items, Func<T, string> url)
    {
        var index = new Dictionary<string, int>(items.Length, StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
        {
            index[url(items[i])] = i;
        }

        return index;
    }

    public override (Search.GzipPart Part, int Count)? ReuseSegments(ReadOnlyMemory<Search.IndexSegment> rest) => _pieces.Find(rest.Span);

    public override Search.GzipPart DeflateSegments(ReadOnlyMemory<Search.IndexSegment> segments, bool cut, Func<Search.GzipPart> deflate) =>
        _pieces.Store(segments.Span, cut, () =>
        {
            Interlocked.Increment(ref _piecesMade);
            return deflate();
        });

    public override Search.GzipPart Deflate(ReadOnlyMemory<byte> piece, Func<ReadOnlyMemory<byte>, Search.GzipPart> deflate) =>
        _pieces.Get(piece, p =>
        {
            Interlocked.Increment(ref _piecesMade);
            return deflate(p);
        });

    private long VersionOf(ContentPage page) =>
        _parsed.TryGetValue(page.Source.ContentPath, out var entry) && ReferenceEquals(entry.Page, page) ? entry.Version : -1;

    private static void Replay(IReadOnlyList<Diagnostic> from, DiagnosticBag into)
    {
        foreach (var diagnostic in from)
        {
            into.Add(diagnostic);
        }
    }
}
