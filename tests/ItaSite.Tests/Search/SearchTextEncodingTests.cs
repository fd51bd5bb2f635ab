using System.Text;
using ItaSite.Generator.Search;

namespace ItaSite.Tests.Search;

public class SearchTextEncodingTests
{
    private static string Latin1(byte[] bytes) => Encoding.Latin1.GetString(bytes);

    [Fact]
    public void Ascii_and_thai_take_one_byte_each_and_thai_lands_above_0xA0()
    {
        var bytes = SearchTextEncoding.Encode(SearchNormalizer.Fold("O28 ร้องเรียน"));
        Assert.Equal("o28ร้องเรียน".Length, bytes.Length);
        Assert.Equal("o28"u8.ToArray(), bytes[..3]);
        Assert.Equal(0xA0 + (0x0E23 - 0x0E00), bytes[3]); // ร
        Assert.All(bytes[3..], b => Assert.InRange(b, (byte)0xA0, (byte)0xFF));
    }

    [Theory]
    [InlineData("“ทุจริต”")]
    [InlineData("ราคา 1,000 € – ลด 5%")]
    [InlineData("café × 2 ½")]
    [InlineData("\u0001\u007F")]
    [InlineData("日本")]
    public void Other_characters_become_escapes_that_decode_back(string folded)
    {
        var bytes = SearchTextEncoding.Encode(folded);
        Assert.DoesNotContain(bytes, b => b is 0 or (>= 0x80 and < 0xA0));
        Assert.Equal(folded, Decode(bytes));
    }

    [Fact]
    public void A_query_matches_encoded_text_exactly_when_it_matches_the_folded_text()
    {
        string[] texts = ["จัดซื้อจัดจ้าง“ครุภัณฑ์”", "ความซื่อสัตย์", "é日本語ก", "ab\u00E9", "x\u6162y"];
        string[] queries = ["ซื้อ", "ซื่อ", "”", "日本", "本語ก", "é", "\u00E9", "ab", "b\u00E9", "a", "\u0061\u0062", "\u6162"];
        foreach (var text in texts)
        {
            foreach (var query in queries)
            {
                var encodedMatch = Latin1(SearchTextEncoding.Encode(text)).Contains(Latin1(SearchTextEncoding.Encode(query)), StringComparison.Ordinal);
                Assert.True(text.Contains(query, StringComparison.Ordinal) == encodedMatch, $"'{query}' in '{text}'");
            }
        }
    }

    private static string Decode(byte[] bytes)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b == SearchTextEncoding.Escape)
            {
                sb.Append((char)(((bytes[i + 1] - 1) << 12) | ((bytes[i + 2] - 1) << 8) | ((bytes[i + 3] - 1) << 4) | (bytes[i + 4] - 1)));
                i += 4;
            }
            else
            {
                sb.Append(b >= SearchTextEncoding.ThaiBase ? (char)(0x0E00 + b - SearchTextEncoding.ThaiBase) : (char)b);
            }
        }

        return sb.ToString();
    }
}
