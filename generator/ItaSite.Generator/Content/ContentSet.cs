
using ItaSite.Generator.Publishing;
namespace ItaSite.Generator.Content;

/// <summary>Everything read from the content folder, before parsing.</summary>
public sealed record ContentSet(
    string Root,
    SourceFile? SiteFile,
    IReadOnlyList<SourceFile> Markdown,
    IReadOnlyList<SourceFile> DataFiles,
    IReadOnlyDictionary<string, AssetFile> Assets);
