using System.Text;

namespace ItaSite.Generator.Checking;

/// <summary>
/// What a file really is, from its first bytes rather than its name: enough for check to tell a PDF from a renamed file and a
/// photograph (PNG, JPEG, GIF, WebP) from a drawing (SVG). To be replaced by the published-file policy's detection once shared.
/// </summary>
public static class FileSignature
{
    public static bool IsPdf(ReadOnlySpan<byte> head) => head.StartsWith("%PDF-"u8);

    public static bool IsRaster(ReadOnlySpan<byte> head) =>
        head.StartsWith((byte[])[0x89, (byte)'P', (byte)'N', (byte)'G'])
        || head.StartsWith((byte[])[0xFF, 0xD8, 0xFF])
        || head.StartsWith("GIF8"u8)
        || (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8));

    public static byte[] Head(string path, int length = 16)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[length];
        var read = stream.ReadAtLeast(buffer, length, throwOnEndOfStream: false);
        return buffer[..read];
    }

    /// <summary>
    /// True when the PDF embeds at least one image. Image XObjects are streams, which PDF never packs into object streams, so
    /// their dictionary is always readable: no image means a signature or seal on it can only be typeset text.
    /// </summary>
    public static bool PdfHasImage(string path)
    {
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(path));
        return text.Contains("/Subtype/Image", StringComparison.Ordinal) || text.Contains("/Subtype /Image", StringComparison.Ordinal);
    }
}
