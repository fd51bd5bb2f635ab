using System.Text.Json.Serialization;

namespace ItaSite.Generator.Search;

/// <summary>
/// One page in the search index. Short JSON names keep the index small: <c>u</c> the page path relative to the site root
/// (<c>oit/2566/o28/</c>), <c>t</c> its title, <c>c</c> the item code (O28) or null, <c>k</c> the kind (item, measure, page, or
/// data: a table a page shows), <c>y</c> the assessment year of the page (left out for plain pages) and <c>p</c>, for a data
/// table, the page that shows it (its code and title), both filters and labels on the results page.
/// <see cref="Text"/> is the searchable text (cleaned by <see cref="SearchNormalizer.Clean"/>: title, headings, body, data tables,
/// attachment names and, where pdftotext is installed, attachment text); it is written to two other files, see
/// <see cref="SearchIndexBuilder"/>.
/// </summary>
public sealed record SearchDocument(
    [property: JsonPropertyName("u")] string Url,
    [property: JsonPropertyName("t")] string Title,
    [property: JsonPropertyName("c")] string? Code,
    [property: JsonPropertyName("k")] string Kind,
    [property: JsonIgnore] string Text,
    [property: JsonPropertyName("y"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Year = null,
    [property: JsonPropertyName("p"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Parent = null);

/// <summary><c>search/index.json.gz</c>: a format version and the pages in ranking-tie order (without their text).</summary>
public sealed record SearchIndex(
    [property: JsonPropertyName("v")] int Version,
    [property: JsonPropertyName("d")] IReadOnlyList<SearchDocument> Documents);

/// <summary><c>search/display.json.gz</c>: the cleaned text of each page, in index order, for result snippets.</summary>
public sealed record SearchDisplayText(
    [property: JsonPropertyName("v")] int Version,
    [property: JsonPropertyName("x")] IReadOnlyList<string> Texts);
