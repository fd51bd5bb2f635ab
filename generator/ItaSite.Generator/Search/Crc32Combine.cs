namespace ItaSite.Generator.Search;

/// <summary>
/// CRC-32 arithmetic for joining independently compressed pieces into one gzip member: the CRC of a concatenation from the CRCs
/// of its parts and their lengths (zlib's crc32_combine, which .NET does not expose), so no piece is read again to checksum it.
/// </summary>
public static class Crc32Combine
{
    private const uint Polynomial = 0xEDB88320;
    private static readonly uint[] PowersOfX = PowerTable();

    /// <summary>CRC-32 of A followed by B from the CRCs of A and B and the length of B.</summary>
    public static uint Combine(uint crcA, uint crcB, long lengthB) => Shifted(crcA, ShiftOf(lengthB)) ^ crcB;

    /// <summary>x^(8 × <paramref name="length"/>) modulo the CRC polynomial (see <see cref="GzipPart.Shift"/>).</summary>
    public static uint ShiftOf(long length) => PowerOfX(length, 3);

    /// <summary><paramref name="crc"/> moved past as many bytes as <paramref name="shift"/> (<see cref="ShiftOf"/>) stands for.</summary>
    public static uint Shifted(uint crc, uint shift) => MultiplyModP(shift, crc);

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
