namespace ItaSite.Generator.Search;

/// <summary>
/// One piece of a <see cref="ChunkedGzip"/> file: the raw Deflate blocks of <see cref="Length"/> input bytes, ended by a sync
/// flush (byte-aligned, not final, no dictionary shared with other pieces), and the CRC-32 of those input bytes.
/// </summary>
public sealed record GzipPart(byte[] Deflate, uint Crc, int Length)
{
    /// <summary>x^(8 × <see cref="Length"/>) modulo the CRC polynomial: what appending this piece multiplies a running CRC by.</summary>
    public uint Shift { get; } = Crc32Combine.ShiftOf(Length);
}
