using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Output;
using ItaSite.Generator.Pipeline;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Incremental;

/// <summary>
/// Where the pipeline may reuse earlier work. The base class reuses nothing: every call does the work, reporting straight into
/// the build's bag, so a plain <c>build</c> is a from-scratch build by construction. <see cref="SessionCache"/> overrides the
/// hooks to keep per-file results between the rebuilds of one <see cref="BuildSession"/>.
/// </summary>
public class BuildCache
{
    /// <summary>Reads a text file (the loader's own decoding); a cache may return the previous text if the file is unchanged.</summary>
    public virtual string? ReadText(string fullPath, FileInfo info, Func<string?> read) => read();

    /// <summary>Loads the content folder; <paramref name="load"/> lists and reads everything, reporting into the bag it is given.</summary>
    public virtual ContentSet? LoadContent(DiagnosticBag diagnostics, Func<DiagnosticBag, ContentSet?> load) => load(diagnostics);

    /// <summary>The rendered body of <paramref name="page"/> when it can be reused as is (its diagnostics replayed), or null.</summary>
    public virtual RenderedMarkdown? ReuseMarkdown(ContentPage page, SitePath url, DiagnosticBag diagnostics) => null;

    /// <summary>True with the earlier result (null for a file that failed to parse, its diagnostics replayed) when <paramref name="file"/> need not be parsed again.</summary>
    public virtual bool TryReuseParse(SourceFile file, int defaultYear, DiagnosticBag diagnostics, out ContentPage? page)
    {
        page = null;
        return false;
    }

    /// <summary>For each file in order, true with the earlier result in <paramref name="pages"/> when it need not be parsed again (see <see cref="TryReuseParse"/>).</summary>
    public virtual bool[] ReuseParses(IReadOnlyList<SourceFile> files, int defaultYear, DiagnosticBag diagnostics, ContentPage?[] pages)
    {
        var reused = new bool[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            reused[i] = TryReuseParse(files[i], defaultYear, diagnostics, out pages[i]);
        }

        return reused;
    }

    /// <summary>Parses one source file; <paramref name="parse"/> reports into the bag it is given.</summary>
    public virtual ContentPage? Parse(SourceFile file, int defaultYear, DiagnosticBag diagnostics, Func<DiagnosticBag, ContentPage?> parse) =>
        parse(diagnostics);

    /// <summary>Renders one page body; <paramref name="render"/> reports into the bag it is given.</summary>
    public virtual RenderedMarkdown Markdown(ContentPage page, SitePath url, DiagnosticBag diagnostics, Func<DiagnosticBag, RenderedMarkdown> render) =>
        render(diagnostics);

    /// <summary>Binds the parsed pages into the site model (the validate stage); <paramref name="bind"/> reports into the bag it is given.</summary>
    public virtual SiteModel Bind(SiteConfig config, ContentSet content, IReadOnlyList<ContentPage> pages, DiagnosticBag diagnostics, Func<DiagnosticBag, SiteModel> bind) =>
        bind(diagnostics);

    /// <summary>For each (page, path) in order, its rendered body when it can be reused as is (its diagnostics replayed), or null.</summary>
    public virtual RenderedMarkdown?[] ReuseMarkdown(IReadOnlyList<(ContentPage Page, SitePath Url)> targets, DiagnosticBag diagnostics)
    {
        var reused = new RenderedMarkdown?[targets.Count];
        for (var i = 0; i < targets.Count; i++)
        {
            reused[i] = ReuseMarkdown(targets[i].Page, targets[i].Url, diagnostics);
        }

        return reused;
    }

    /// <summary>Called once the site is validated and bound, before Markdown is rendered.</summary>
    public virtual void SiteBound(SiteModel site)
    {
    }

    /// <summary>The cache of rendered pages for this build of <paramref name="site"/>, or null to render every page.</summary>
    public virtual RenderedPageCache? ForTheme(SiteModel site, ContentSet content) => null;

    /// <summary>The text of a PDF attachment (pdftotext); a cache may return the previous text if the file is unchanged.</summary>
    public virtual (string? Text, string? Error) PdfText(string fullPath, FileInfo info, Func<(string? Text, string? Error)> extract) => extract();

    /// <summary>The search index files for <paramref name="documents"/> (raw texts); a cache may return the previous files if they are equal.</summary>
    public virtual IReadOnlyList<OutputFile> SearchIndex(IReadOnlyList<Search.SearchDocument> documents, Func<IReadOnlyList<OutputFile>> write) => write();

    /// <summary>Each page's serialised share of the search index (<paramref name="make"/> may run in parallel); a cache may return the parts of equal earlier documents.</summary>
    public virtual Search.SearchDocumentParts[] SearchParts(IReadOnlyList<Search.SearchDocument> raw, Func<Search.SearchDocument, Search.SearchDocumentParts> make)
    {
        var parts = new Search.SearchDocumentParts[raw.Count];
        Parallel.For(0, raw.Count, i => parts[i] = make(raw[i]));
        return parts;
    }

    /// <summary>Each page's raw search document, made from its inputs; a cache may return the document of the same inputs.</summary>
    public virtual IReadOnlyList<Search.SearchDocument> SearchDocuments(IReadOnlyList<Search.SearchDocumentInputs> inputs) =>
        [.. inputs.Select(i => i.ToDocument())];

    /// <summary>
    /// An earlier compressed piece that starts with the first of <paramref name="rest"/> and whose segments are the next ones
    /// (same arrays, same separators), with how many it takes; only a piece a cut closed, or one that ends where
    /// <paramref name="rest"/> ends. Null when there is none.
    /// </summary>
    public virtual (Search.GzipPart Part, int Count)? ReuseSegments(ReadOnlyMemory<Search.IndexSegment> rest) => null;

    /// <summary>
    /// Compresses one piece made of <paramref name="segments"/>; <paramref name="cut"/> tells whether a cut closed it (rather
    /// than the end of the file). A cache may keep it for <see cref="ReuseSegments"/>. Called in parallel.
    /// </summary>
    public virtual Search.GzipPart DeflateSegments(ReadOnlyMemory<Search.IndexSegment> segments, bool cut, Func<Search.GzipPart> deflate) => deflate();

    /// <summary>One compressed piece of a search index file; a cache may return the piece of equal earlier bytes. Called in parallel.</summary>
    public virtual Search.GzipPart Deflate(ReadOnlyMemory<byte> piece, Func<ReadOnlyMemory<byte>, Search.GzipPart> deflate) => deflate(piece);
}
