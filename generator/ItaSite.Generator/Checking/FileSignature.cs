using System.Text;
using ItaSite.Generator.Publishing;

namespace ItaSite.Generator.Checking;

/// <summary>
/// What a file really is, from its first bytes rather than its name: a PDF, or a photograph (PNG, JPEG, GIF, WebP) rather than
/// a drawing (SVG). The signatures are the published-file policy's (<see cref="PublishedTypes"/>), so check and publishing agree.
/// </summary>
public static class FileSignature
{
    private static readonly PublishedType[] Photos = [.. new[] { ".png", ".jpg", ".gif", ".webp" }.Select(e => PublishedTypes.Of(e)!)];

    private static readonly PublishedType Pdf = PublishedTypes.Of(".pdf")!;

    public static bool IsPdf(ReadOnlySpan<byte> head) => Pdf.Matches(head);

    public static bool IsRaster(ReadOnlySpan<byte> head)
    {
        foreach (var type in Photos)
        {
            if (type.Matches(head))
            {
                return true;
            }
        }

        return false;
    }

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
