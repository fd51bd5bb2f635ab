namespace ItaSite.Generator.Publishing;

/// <summary>A non-text file of the content folder (PDF, image…), copied to the output only when a page references it.</summary>
public sealed record AssetFile(string ContentPath, string DisplayPath, string FullPath, long Length);
