using System.Text.Json;

namespace ItaSite.Generator.Search;

/// <summary>
/// One page's share of the three index files, already serialised: its <c>index.json</c> entry, its <c>display.json</c> text
/// (both exactly as <see cref="JsonSerializer"/> writes them inside the arrays), and its folded text and title as
/// <see cref="SearchTextEncoding"/> bytes. Made from the raw document, so a session can keep them per unchanged page.
/// </summary>
public sealed record SearchDocumentParts(byte[] IndexJson, byte[] DisplayJson, byte[] FoldedText, byte[] FoldedTitle)
{
    /// <summary>Cleans <paramref name="raw"/>, then serialises and folds it.</summary>
    public static SearchDocumentParts Of(SearchDocument raw, JsonSerializerOptions json)
    {
        var document = raw with { Title = SearchNormalizer.Clean(raw.Title), Text = SearchNormalizer.Clean(raw.Text) };
        return new SearchDocumentParts(
            JsonSerializer.SerializeToUtf8Bytes(document, json),
            JsonSerializer.SerializeToUtf8Bytes(document.Text, json),
            SearchNormalizer.FoldEncoded(document.Text),
            SearchNormalizer.FoldEncoded(document.Title));
    }
}
