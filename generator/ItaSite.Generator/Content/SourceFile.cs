namespace ItaSite.Generator.Content;

/// <summary>
/// A text file of the content folder. <see cref="ContentPath"/> is relative to the content root with '/' separators;
/// <see cref="DisplayPath"/> is what diagnostics show (the path as the editor would type it).
/// Text is decoded as strict UTF-8 with any BOM removed and line endings normalised to '\n'.
/// </summary>
public sealed record SourceFile(string ContentPath, string DisplayPath, string Text);
