namespace ItaSite.Generator.Output;

/// <summary>One file of the built site: generated content, or a content file to copy.</summary>
public sealed record OutputFile(string RelativePath, byte[]? Content, string? CopyFrom)
{
    public static OutputFile Text(string relativePath, string text) =>
        new(relativePath, System.Text.Encoding.UTF8.GetBytes(text), null);

    public static OutputFile Copy(string relativePath, string sourcePath) => new(relativePath, null, sourcePath);
}
