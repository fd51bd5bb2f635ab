using System.Buffers.Binary;
using System.IO.Compression;
using ItaSite.Generator.Incremental;

namespace ItaSite.Generator.Search;

/// <summary>
/// Writes one ordinary gzip member whose Deflate stream is the concatenation of independently compressed pieces (as pigz
/// does). Pieces end where the content says so (after a 0 byte or a quote, when the bytes around it hash to a boundary, at least
/// <see cref="MinPiece"/> bytes apart), so an edit in one page changes the pieces around it only and the rest line up again:
/// the pieces are compressed in parallel and, under <c>serve</c>, the <see cref="BuildCache"/> returns the unchanged ones.
/// The output depends only on the input bytes, whatever the cache holds.
/// </summary>
public static class ChunkedGzip
{
    public const int MinPiece = 16 * 1024;
    public const int MaxPiece = 256 * 1024;

    private const uint Polynomial = 0xEDB88320;
    private static readonly uint[] PowersOfX = PowerTable();
    private static readonly byte[] Header = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF];

    public static byte[] Compress(byte[] data, BuildCache cache)
    {
        var pieces = Split(data);
        var parts = new GzipPart[pieces.Count];
        Parallel.For(0, pieces.Count, i =>
        {
            var (start, length) = pieces[i];
            parts[i] = cache.Deflate(new ReadOnlyMemory<byte>(data, start, length), Deflate);
        });

        using var output = new MemoryStream(parts.Sum(p => p.Deflate.Length) + 32);
        output.Write(Header);
        var crc = 0u;
        foreach (var part in parts)
        {
            output.Write(part.Deflate);
            crc = Combine(crc, part.Crc, part.Length);
        }

        output.Write([0x03, 0x00]); // final empty block
        Span<byte> trailer = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, crc);
        BinaryPrimitives.WriteUInt32LittleEndian(trailer[4..], (uint)data.Length);
        output.Write(trailer);
        return output.ToArray();
    }

    /// <summary>Where the pieces start and how long they are; content-defined, so equal runs of bytes split equally.</summary>
    public static List<(int Start, int Length)> Split(ReadOnlySpan<byte> data)
    {
        var pieces = new List<(int, int)>();
        var start = 0;
        var i = MinPiece;
        while (i < data.Length)
        {
            var k = data[i..].IndexOfAny((byte)0, (byte)'"');
            var end = k < 0 ? data.Length : i + k + 1;
            if (end - start > MaxPiece)
            {
                end = start + MaxPiece;
            }
            else if (k < 0)
            {
                break;
            }
            else if (!IsBoundary(data[Math.Max(start, end - 32)..Math.Min(data.Length, end + 8)]))
            {
                i = end;
                continue;
            }

            pieces.Add((start, end - start));
            start = end;
            i = start + MinPiece;
        }

        if (start < data.Length)
        {
            pieces.Add((start, data.Length - start));
        }

        return pieces;
    }

    /// <summary>Compresses one piece alone: gzip (for the CRC zlib computes), cut back to the Deflate blocks before the final one.</summary>
    public static GzipPart Deflate(ReadOnlyMemory<byte> piece)
    {
        using var buffer = new MemoryStream(piece.Length / 2 + 64);
        long flushed;
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(piece.Span);
            gzip.Flush();
            flushed = buffer.Length;
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.Length < 18 || bytes[3] != 0)
        {
            throw new InvalidOperationException("unexpected gzip header from the runtime");
        }

        var crc = BinaryPrimitives.ReadUInt32LittleEndian(bytes[^8..]);
        return new GzipPart(bytes[10..(int)flushed].ToArray(), crc, piece.Length);
    }

    /// <summary>CRC-32 of A followed by B from the CRCs of A and B and the length of B (zlib's crc32_combine).</summary>
    public static uint Combine(uint crcA, uint crcB, long lengthB) => MultiplyModP(PowerOfX(lengthB, 3), crcA) ^ crcB;

    // Decided by the 32 bytes before the cut and the 8 after it (the end of one page and the start of the next).
    private static bool IsBoundary(ReadOnlySpan<byte> around)
    {
        var hash = 2166136261u;
        foreach (var b in around)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (hash & 3) == 0;
    }

    private static uint MultiplyModP(uint a, uint b)
    {
        var m = 1u << 31;
        var p = 0u;
        while (true)
        {
            if ((a & m) != 0)
            {
                p ^= b;
                if ((a & (m - 1)) == 0)
                {
                    return p;
                }
            }

            m >>= 1;
            b = (b & 1) != 0 ? (b >> 1) ^ Polynomial : b >> 1;
        }
    }

    // x^(n * 2^k) modulo the CRC polynomial.
    private static uint PowerOfX(long n, int k)
    {
        var p = 1u << 31;
        while (n != 0)
        {
            if ((n & 1) != 0)
            {
                p = MultiplyModP(PowersOfX[k & 31], p);
            }

            n >>= 1;
            k++;
        }

        return p;
    }

    private static uint[] PowerTable()
    {
        var table = new uint[32];
        var p = 1u << 30;
        table[0] = p;
        for (var n = 1; n < 32; n++)
        {
            table[n] = p = MultiplyModP(p, p);
        }

        return table;
    }
}
