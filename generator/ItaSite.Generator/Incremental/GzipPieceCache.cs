using ItaSite.Generator.Search;

namespace ItaSite.Generator.Incremental;

/// <summary>
/// Compressed search-index pieces by their exact input bytes (looked up by length and a sample of the bytes, then compared in
/// full), so a rebuild compresses only the pieces an edit touched.
/// </summary>
public sealed class GzipPieceCache
{
    private sealed record Entry(byte[] Input, GzipPart Part);

    private readonly GenerationCache<(int Length, ulong Sample), Entry> _entries = new(EqualityComparer<(int, ulong)>.Default);

    /// <summary>How many pieces the last <see cref="Rotate"/> generation holds (tests).</summary>
    public int Count => _entries.Count;

    public void Rotate() => _entries.Rotate();

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
