using ItaSite.Generator.Search;

namespace ItaSite.Generator.Incremental;

/// <summary>
/// Compressed search-index pieces by their exact input bytes (looked up by length and a sample of the bytes, then compared in
/// full), so a rebuild compresses only the pieces an edit touched.
/// </summary>
public sealed class GzipPieceCache
{
    private sealed record Entry(byte[] Input, GzipPart Part);

    private sealed record SegmentEntry(IndexSegment[] Segments, GzipPart Part);

    private readonly GenerationCache<(int Length, ulong Sample), Entry> _entries = new(EqualityComparer<(int, ulong)>.Default);

    // Keyed by the first segment's array (by reference); the entry holds the whole run to compare.
    private readonly GenerationCache<byte[], SegmentEntry> _segments = new(ReferenceEqualityComparer.Instance);

    /// <summary>How many pieces the last <see cref="Rotate"/> generation holds (tests).</summary>
    public int Count => _entries.Count + _segments.Count;

    public void Rotate()
    {
        _entries.Rotate();
        _segments.Rotate();
    }

    /// <summary>The piece compressed earlier from the same segments (same arrays, same separators), or null.</summary>
    public GzipPart? Find(ReadOnlySpan<IndexSegment> segments)
    {
        if (segments.IsEmpty || !_segments.TryGet(segments[0].Bytes, out var entry) || !segments.SequenceEqual(entry.Segments))
        {
            return null;
        }

        return entry.Part;
    }

    /// <summary>Compresses a run of segments and keeps the piece for <see cref="Find"/>.</summary>
    public GzipPart Store(ReadOnlySpan<IndexSegment> segments, Func<GzipPart> deflate)
    {
        var part = deflate();
        if (!segments.IsEmpty)
        {
            _segments.Set(segments[0].Bytes, new SegmentEntry(segments.ToArray(), part));
        }

        return part;
    }

    public GzipPart Get(ReadOnlyMemory<byte> piece, Func<ReadOnlyMemory<byte>, GzipPart> deflate)
    {
        var key = (piece.Length, Sample(piece.Span));
        var entry = _entries.GetOrAdd(key, _ => new Entry(piece.ToArray(), deflate(piece)));
        if (entry.Input.AsSpan().SequenceEqual(piece.Span))
        {
            return entry.Part;
        }

        // Same sample, other bytes: compress and keep the newer piece.
        var part = deflate(piece);
        _entries.Set(key, new Entry(piece.ToArray(), part));
        return part;
    }

    private static ulong Sample(ReadOnlySpan<byte> bytes)
    {
        var hash = 14695981039346656037ul;
        var head = bytes[..Math.Min(64, bytes.Length)];
        var tail = bytes[Math.Max(0, bytes.Length - 64)..];
        var middle = bytes.Slice(bytes.Length / 2, Math.Min(64, bytes.Length - bytes.Length / 2));
        foreach (var part in new[] { head.ToArray(), middle.ToArray(), tail.ToArray() })
        {
            foreach (var b in part)
            {
                hash = (hash ^ b) * 1099511628211ul;
            }
        }

        return hash;
    }
}
