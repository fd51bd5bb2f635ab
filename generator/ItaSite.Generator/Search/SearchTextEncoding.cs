using System.Buffers;

namespace ItaSite.Generator.Search;

/// <summary>
/// Folded text (<see cref="SearchNormalizer.Fold"/>) written one byte per character, so the browser holds the whole site's text
/// as one one-byte string and finds a query with the engine's native <c>indexOf</c> (memchr, Boyer–Moore) instead of a
/// two-byte scan page by page. <c>assets/search.js</c> encodes the query the same way (<c>encode</c>); the mapping is one to one,
/// so a byte match is exactly a match of the folded text:
/// <list type="bullet">
/// <item>U+0020–U+007F (ASCII) as itself;</item>
/// <item>U+0E00–U+0E5F (Thai; Thai digits are already folded to ASCII) as 0xA0–0xFF;</item>
/// <item>any other UTF-16 unit <c>c</c> as five bytes: <see cref="Escape"/> then the four hex digits of <c>c</c>, each as
/// 0x01–0x10. The lead byte occurs nowhere else, so a query can only match whole escapes;</item>
/// <item>0x00 (<see cref="Separator"/>) ends each record and never occurs inside one, so no match spans two pages.</item>
/// </list>
/// Bytes 0x80–0x9F are never written: the browser decodes the file as windows-1252, which is Latin-1 for every other byte.
/// </summary>
public static class SearchTextEncoding
{
    public const byte Separator = 0x00;
    public const byte Escape = 0x1F;
    public const byte ThaiBase = 0xA0;

    /// <summary>Appends the encoding of <paramref name="folded"/> (already folded) to <paramref name="output"/>.</summary>
    public static void Write(ReadOnlySpan<char> folded, IBufferWriter<byte> output)
    {
        var span = output.GetSpan(folded.Length * 5);
        var n = 0;
        foreach (var c in folded)
        {
            n += Write(c, span[n..]);
        }

        output.Advance(n);
    }

    /// <summary>Writes the encoding of one folded character at the start of <paramref name="destination"/> (room for five bytes); returns the bytes written.</summary>
    public static int Write(char c, Span<byte> destination)
    {
        if (c is >= '\u0020' and <= '\u007F')
        {
            destination[0] = (byte)c;
            return 1;
        }

        if (c is >= '\u0E00' and <= '\u0E5F')
        {
            destination[0] = (byte)(ThaiBase + (c - '\u0E00'));
            return 1;
        }

        destination[0] = Escape;
        destination[1] = (byte)(1 + (c >> 12));
        destination[2] = (byte)(1 + ((c >> 8) & 0xF));
        destination[3] = (byte)(1 + ((c >> 4) & 0xF));
        destination[4] = (byte)(1 + (c & 0xF));
        return 5;
    }

    /// <summary>The encoding of <paramref name="folded"/> on its own (tests; the index writes records with <see cref="Write"/>).</summary>
    public static byte[] Encode(string folded)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Max(1, folded.Length));
        Write(folded, buffer);
        return buffer.WrittenSpan.ToArray();
    }
}
