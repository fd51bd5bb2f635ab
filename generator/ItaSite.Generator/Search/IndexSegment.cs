namespace ItaSite.Generator.Search;

/// <summary>
/// One run of an index file as <see cref="ChunkedGzip"/> groups it: a page's share (<see cref="Bytes"/>, never changed once
/// made) followed by an optional separator byte. Equality compares the array by reference, so equal segments under a session
/// are the same page parts and a piece of equal segments has equal bytes without reading them.
/// </summary>
public readonly record struct IndexSegment(byte[] Bytes, byte? Separator = null)
{
    /// <summary>How many bytes the segment writes.</summary>
    public int Length => Bytes.Length + (Separator is null ? 0 : 1);

    /// <summary>Writes the segment at the start of <paramref name="destination"/>; returns the bytes written.</summary>
    public int CopyTo(Span<byte> destination)
    {
        Bytes.CopyTo(destination);
        if (Separator is { } separator)
        {
            destination[Bytes.Length] = separator;
        }

        return Length;
    }
}
