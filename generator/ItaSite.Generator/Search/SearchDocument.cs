using System.Text.Json.Serialization;

namespace ItaSite.Generator.Search;

/// <summary>
/// One page in the search index. Short JSON names keep the index small: <c>u</c> the page path relative to the site root
/// (<c>oit/2566/o28/</c>), <c>t</c> its title, <c>c</c> the item code (O28) or null, <c>k</c> the kind (item, measure, page),
/// <c>x</c> the searchable text (cleaned by <see cref="SearchNormalizer.Clean"/>: title, headings, body, attachment names and,
/// where pdftotext is installed, attachment text).
/// </summary>
public sealed record SearchDocument(
    [property: JsonPropertyName("u")] string Url,
    [property: JsonPropertyName("t")] string Title,
    [property: JsonPropertyName("c")] string? Code,
    [property: JsonPropertyName("k")] string Kind,
    [property: JsonPropertyName("x")] string Text);

/// <summary>The whole index as written (before gzip): a format version and the documents in ranking-tie order.</summary>
public sealed record SearchIndex(
    [property: JsonPropertyName("v")] int Version,
    [property: JsonPropertyName("d")] IReadOnlyList<SearchDocument> Documents);
