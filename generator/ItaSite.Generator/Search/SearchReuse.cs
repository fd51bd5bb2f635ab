using ItaSite.Generator.Output;

namespace ItaSite.Generator.Search;

/// <summary>
/// Where the index stage may reuse earlier work. The base class reuses nothing, so a plain build indexes from scratch; the
/// incremental layer's cache derives from it (through its BuildCache) to keep texts, documents and compressed pieces between
/// the rebuilds of one serve session. Declared here so the stage knows nothing of the layer that caches it.
/// </summary>
public class SearchReuse
{
    /// <summary>The text of a PDF attachment (pdftotext); a cache may return the previous text if the file is unchanged.</summary>
    public virtual (string? Text, string? Error) PdfText(string fullPath, FileInfo info, Func<(string? Text, string? Error)> extract) => extract();

    /// <summary>The search index files for <paramref name="documents"/> (raw texts); a cache may return the previous files if they are equal.</summary>
    public virtual IReadOnlyList<OutputFile> SearchIndex(IReadOnlyList<SearchDocument> documents, Func<IReadOnlyList<OutputFile>> write) => write();

    /// <summary>Each page's serialised share of the search index (<paramref name="make"/> may run in parallel); a cache may return the parts of equal earlier documents.</summary>
    public virtual SearchDocumentParts[] SearchParts(IReadOnlyList<SearchDocument> raw, Func<SearchDocument, SearchDocumentParts> make)
    {
        var parts = new SearchDocumentParts[raw.Count];
        Parallel.For(0, raw.Count, i => parts[i] = make(raw[i]));
        return parts;
    }

    /// <summary>Each page's raw search document, made from its inputs; a cache may return the document of the same inputs.</summary>
    public virtual IReadOnlyList<SearchDocument> SearchDocuments(IReadOnlyList<SearchDocumentInputs> inputs) =>
        [.. inputs.Select(i => i.ToDocument())];

    /// <summary>
    /// An earlier compressed piece that starts with the first of <paramref name="rest"/> and whose segments are the next ones
    /// (same arrays, same separators), with how many it takes; only a piece a cut closed, or one that ends where
    /// <paramref name="rest"/> ends. Null when there is none.
    /// </summary>
    public virtual (GzipPart Part, int Count)? ReuseSegments(ReadOnlyMemory<IndexSegment> rest) => null;

    /// <summary>
    /// Compresses one piece made of <paramref name="segments"/>; <paramref name="cut"/> tells whether a cut closed it (rather
    /// than the end of the file). A cache may keep it for <see cref="ReuseSegments"/>. Called in parallel.
    /// </summary>
    public virtual GzipPart DeflateSegments(ReadOnlyMemory<IndexSegment> segments, bool cut, Func<GzipPart> deflate) => deflate();

    /// <summary>One compressed piece of a search index file; a cache may return the piece of equal earlier bytes. Called in parallel.</summary>
    public virtual GzipPart Deflate(ReadOnlyMemory<byte> piece, Func<ReadOnlyMemory<byte>, GzipPart> deflate) => deflate(piece);
}
