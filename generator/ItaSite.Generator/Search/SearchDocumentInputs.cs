namespace ItaSite.Generator.Search;

/// <summary>
/// What one page's raw <see cref="SearchDocument"/> is made of, before the texts are joined: its path, title, code, kind and the
/// pieces of its text in order (fields, body text, data tables, attachment names and PDF text; null or blank pieces are left
/// out). The document is a pure function of these, so a session reuses the previous document while every piece is the same
/// string, which usually means the same object: the check costs a reference comparison per piece instead of joining and
/// comparing the page's whole text. <see cref="Url"/> is the site path as published (<c>/about/</c>); the document's is relative.
/// </summary>
public sealed record SearchDocumentInputs(string Url, string Title, string? Code, string Kind, IReadOnlyList<string?> Pieces, int? Year = null, string? Parent = null)
{
    /// <summary>The raw (uncleaned) document: the non-blank pieces joined by line breaks.</summary>
    public SearchDocument ToDocument()
    {
        var kept = new List<string>(Pieces.Count);
        foreach (var piece in Pieces)
        {
            if (!string.IsNullOrWhiteSpace(piece))
            {
                kept.Add(piece);
            }
        }

        return new SearchDocument(Url.TrimStart('/'), Title, Code, Kind, string.Join('\n', kept), Year, Parent);
    }

    /// <summary>True when <paramref name="other"/> makes the same document (strings compared by reference first, then ordinally).</summary>
    public bool SameAs(SearchDocumentInputs other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (!string.Equals(Url, other.Url, StringComparison.Ordinal)
            || !string.Equals(Title, other.Title, StringComparison.Ordinal)
            || !string.Equals(Code, other.Code, StringComparison.Ordinal)
            || !string.Equals(Kind, other.Kind, StringComparison.Ordinal)
            || Year != other.Year
            || !string.Equals(Parent, other.Parent, StringComparison.Ordinal)
            || Pieces.Count != other.Pieces.Count)
        {
            return false;
        }

        for (var i = 0; i < Pieces.Count; i++)
        {
            if (!string.Equals(Pieces[i], other.Pieces[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
