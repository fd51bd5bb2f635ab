using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Data;

/// <summary>
/// One news item or announcement (ข่าวประชาสัมพันธ์/ประกาศ): its date, title, optional summary, and where the details are —
/// a page of the site (<c>page: /oit/2569/o21/</c>) or an external URL (<c>url:</c>).
/// </summary>
public sealed record NewsEntry(DateOnly Date, string Title, string? Summary, string? Page, string? Url, SourceSpan Span);

/// <summary>A <c>kind: news</c> data file: shown as a dated list where <c>::data[id]</c> is placed, and published in the Atom feed.</summary>
public sealed record NewsSet(string Id, string Title, SourceSpan Span, IReadOnlyList<NewsEntry> Entries) : DataSet(Id, Title, Span)
{
    public override string Kind => "news";

    /// <summary>Newest first; entries of the same day keep the order of the file.</summary>
    public IEnumerable<NewsEntry> Newest => Entries.Select((e, i) => (e, i)).OrderByDescending(x => x.e.Date).ThenBy(x => x.i).Select(x => x.e);
}
