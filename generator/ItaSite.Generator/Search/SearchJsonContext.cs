using System.Text.Json.Serialization;

namespace ItaSite.Generator.Search;

/// <summary>
/// Source-generated serialisation metadata for the index entries: the reflection serializer would build its converters with
/// Reflection.Emit and JIT-compile them on every small build's first search page (docs/benchmarks.md, start-up).
/// </summary>
[JsonSerializable(typeof(SearchDocument))]
[JsonSerializable(typeof(string))]
internal sealed partial class SearchJsonContext : JsonSerializerContext;
