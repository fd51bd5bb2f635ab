using ItaSite.Generator.Search;

namespace ItaSite.Generator.Incremental;

/// <summary>
/// Compressed search-index pieces by their exact input bytes (looked up by length and a sample of the bytes, then compared in
/// full), so a rebuild compresses only the pieces an edit touched.
/// </summary>
public sealed class GzipPieceCache
{
    private sealed record Entry(byte[] Input, GzipPart Part);

    private sealed record SegmentEntry(IndexSegment[] Segments, bool Cut, GzipPart Part)
    {
        public long Used { get; set; }
    }

    private readonly GenerationCache<(int Length, ulong Sample), Entry> _entries = new(EqualityComparer<(int, ulong)>.Default);

    // Keyed by the first segment's array (by reference); the entry holds the whole run to compare. A plain dictionary under a
    // lock, pruned of pieces unused for a generation once it holds twice as many as the last generation used.
    private readonly Dictionary<byte[], SegmentEntry> _segments = new(ReferenceEqualityComparer.Instance);
    private readonly Lock _lock = new();
    private long _generation;
    private int _used;

    /// <summary>How many pieces the last <see cref="Rotate"/> generation holds (tests).</summary>
    public int Count => _entries.Count + _used;

    public void Rotate()
    {
        _entries.Rotate();
        lock (_lock)
        {
            if (_segments.Count > 2 * _used + 64)
            {
                foreach (var stale in _segments.Where(e => e.Value.Used < _generation).Select(e => e.Key).ToList())
                {
                    _segments.Remove(stale);
                }
            }

            _generation++;
            _used = 0;
        }
    }

    /// <summary>
    /// The piece compressed earlier that starts with the first of <paramref name="rest"/> and is made of its next segments (same
    /// arrays, same separators), with their count: a piece a cut closed, or one that ends where <paramref name="rest"/> ends.
    /// </summary>
    public (GzipPart Part, int Count)? Find(ReadOnlySpan<IndexSegment> rest)
    {
        lock (_lock)
        {
            if (rest.IsEmpty
                || !_segments.TryGetValue(rest[0].Bytes, out var entry)
                || entry.Segments.Length > rest.Length
                || !(entry.Cut || entry.Segments.Length == rest.Length)
                || !Same(rest[..entry.Segments.Length], entry.Segments))
            {
                return null;
            }

            Use(entry);
            return (entry.Part, entry.Segments.Length);
        }
    }

    /// <summary>Compresses a run of segments (<paramref name="cut"/>: closed by a cut, not by the end) and keeps the piece for <see cref="Find"/>.</summary>
    public GzipPart Store(ReadOnlySpan<IndexSegment> segments, bool cut, Func<GzipPart> deflate)
    {
        var part = deflate();
        if (!segments.IsEmpty)
        {
            var entry = new SegmentEntry(segments.ToArray(), cut, part);
            lock (_lock)
            {
                _segments[segments[0].Bytes] = entry;
                Use(entry);
            }
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

    private static bool Same(ReadOnlySpan<IndexSegment> a, IndexSegment[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!ReferenceEquals(a[i].Bytes, b[i].Bytes) || a[i].Separator != b[i].Separator)
            {
                return false;
            }
        }

        return true;
    }

    private void Use(SegmentEntry entry)
    {
        if (entry.Used != _generation)
        {
            entry.Used = _generation;
            _used++;
        }
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
