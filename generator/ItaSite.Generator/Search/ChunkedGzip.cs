using System.Buffers.Binary;
using System.IO.Compression;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Reuse;

namespace ItaSite.Generator.Search;

/// <summary>
/// Writes one ordinary gzip member whose Deflate stream is the concatenation of independently compressed pieces (as pigz
/// does). Pieces end where the content says so (after a 0 byte or a quote, when the bytes around it hash to a boundary, at least
/// <see cref="MinPiece"/> bytes apart), so an edit in one page changes the pieces around it only and the rest line up again:
/// the pieces are compressed in parallel and, under <c>serve</c>, the step runner returns the unchanged ones.
/// The output depends only on the input bytes, whatever the cache holds.
/// </summary>
public static class ChunkedGzip
{
    public const int MinPiece = 16 * 1024;
    public const int MaxPiece = 256 * 1024;

    private static readonly byte[] Header = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF];

    public static byte[] Compress(byte[] data, IStepRunner? steps = null)
    {
        var runner = steps ?? RunEveryStep.Instance;
        var pieces = Split(data);
        var parts = new GzipPart[pieces.Count];
        Parallel.For(0, pieces.Count, i =>
        {
            var (start, length) = pieces[i];
            var piece = data.AsSpan(start, length).ToArray();
            parts[i] = runner.Run(ReusableStep.GzipPiece, (length, Sample(piece)), piece, (bytes, _) => Deflate(bytes), new DiagnosticBag());
        });

        return Assemble(parts, data.Length);
    }

    /// <summary>
    /// Compresses the concatenation of <paramref name="segments"/>, cutting pieces only between segments (<see cref="Group"/>),
    /// so an edit changes the pieces around the changed segments and the grouping lines up again after them. Each piece is a
    /// unit of one step (its segments are its inputs), compressed in parallel; the bytes depend only on the segments' contents.
    /// </summary>
    public static byte[] Compress(IReadOnlyList<IndexSegment> segments, IStepRunner? steps = null) => CompressAll([segments], steps)[0];

    /// <summary>
    /// <see cref="Compress(IReadOnlyList{IndexSegment}, IStepRunner?)"/> for several files at once: their pieces are one list of
    /// the step (a step runs as one list per build), so a session compares them with the last build's in order.
    /// </summary>
    public static byte[][] CompressAll(IReadOnlyList<IReadOnlyList<IndexSegment>> files, IStepRunner? steps = null)
    {
        var runner = steps ?? RunEveryStep.Instance;
        var pieces = new List<IndexSegment[]>();
        var counts = new int[files.Count];
        for (var f = 0; f < files.Count; f++)
        {
            var all = files[f] as IndexSegment[] ?? [.. files[f]];
            foreach (var (start, count) in Group(all))
            {
                pieces.Add(all.AsSpan(start, count).ToArray());
            }

            counts[f] = pieces.Count;
        }

        var parts = runner.RunAll(ReusableStep.GzipPiece, pieces, piece => piece[0].Bytes, (i, _) => Deflate(Join(pieces[i])), new DiagnosticBag(), Environment.ProcessorCount);
        var compressed = new byte[files.Count][];
        for (var f = 0; f < files.Count; f++)
        {
            var first = f == 0 ? 0 : counts[f - 1];
            var own = parts.AsSpan(first, counts[f] - first);
            var length = 0L;
            foreach (var part in own)
            {
                length += part.Length;
            }

            compressed[f] = Assemble(own, length);
        }

        return compressed;
    }

    // Finds an earlier piece of equal bytes: its length and a few of its bytes (the comparison is of all of them).
    private static (int, ulong) Sample(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037ul;
        foreach (var b in bytes[..Math.Min(64, bytes.Length)])
        {
            hash = (hash ^ b) * 1099511628211ul;
        }

        foreach (var b in bytes[Math.Max(0, bytes.Length - 64)..])
        {
            hash = (hash ^ b) * 1099511628211ul;
        }

        return (bytes.Length, hash);
    }

    /// <summary>Which runs of segments (start, count) form the pieces: a piece ends after a segment that ends at least
    /// <see cref="MinPiece"/> bytes into it and whose own bytes hash to a boundary, or that reaches <see cref="MaxPiece"/>;
    /// decided by lengths and a few bytes at each segment's ends, so equal runs of segments group equally.</summary>
    public static List<(int Start, int Count)> Group(ReadOnlySpan<IndexSegment> segments)
    {
        var pieces = new List<(int, int)>();
        for (var start = 0; start < segments.Length;)
        {
            var (count, _) = NextPiece(segments[start..]);
            pieces.Add((start, count));
            start += count;
        }

        return pieces;
    }

    /// <summary>How many segments the piece starting at the first of <paramref name="rest"/> takes, and whether a cut (rather than the end) closed it.</summary>
    private static (int Count, bool Cut) NextPiece(ReadOnlySpan<IndexSegment> rest)
    {
        long size = 0;
        for (var i = 0; i < rest.Length; i++)
        {
            size += rest[i].Length;
            if (size >= MaxPiece || (size >= MinPiece && IsBoundary(rest[i])))
            {
                return (i + 1, true);
            }
        }

        return (rest.Length, false);
    }

    private static byte[] Join(ReadOnlySpan<IndexSegment> piece)
    {
        var length = 0;
        foreach (var segment in piece)
        {
            length += segment.Length;
        }

        var bytes = new byte[length];
        var n = 0;
        foreach (var segment in piece)
        {
            n += segment.CopyTo(bytes.AsSpan(n));
        }

        return bytes;
    }

    private static byte[] Assemble(ReadOnlySpan<GzipPart> parts, long length)
    {
        var deflated = 0L;
        foreach (var part in parts)
        {
            deflated += part.Deflate.Length;
        }

        var output = GC.AllocateUninitializedArray<byte>((int)(Header.Length + deflated + 2 + 8));
        Header.CopyTo(output, 0);
        var n = Header.Length;
        var crc = 0u;
        foreach (var part in parts)
        {
            part.Deflate.CopyTo(output, n);
            n += part.Deflate.Length;
            crc = Crc32Combine.Shifted(crc, part.Shift) ^ part.Crc;
        }

        output[n++] = 0x03; // final empty block
        output[n++] = 0x00;
        BinaryPrimitives.WriteUInt32LittleEndian(output.AsSpan(n), crc);
        BinaryPrimitives.WriteUInt32LittleEndian(output.AsSpan(n + 4), (uint)length);
        return output;
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

    // A segment ends a piece by its length and its first and last 16 bytes.
    private static bool IsBoundary(IndexSegment segment)
    {
        var bytes = segment.Bytes.AsSpan();
        var hash = (2166136261u ^ (uint)segment.Length) * 16777619u;
        foreach (var b in bytes[..Math.Min(16, bytes.Length)])
        {
            hash = (hash ^ b) * 16777619u;
        }

        foreach (var b in bytes[Math.Max(0, bytes.Length - 16)..])
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (hash & 3) == 0;
    }

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
}
