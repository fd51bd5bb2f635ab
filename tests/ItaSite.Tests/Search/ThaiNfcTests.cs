using System.Text;
using System.Text.RegularExpressions;
using ItaSite.Generator.Search;

namespace ItaSite.Tests.Search;

/// <summary>
/// The index's cleaning skips ICU's normalisation when <see cref="ThaiNfc.IsNormalized"/> says the text is NFC already, and
/// swaps misordered tone marks by hand instead of by regex: both must agree with what they replace, for every pair and
/// random runs of the characters where NFC and the rule do something.
/// </summary>
public class ThaiNfcTests
{
    // The Thai block, the end of the precomposed Latin range and a few combining marks and letters around it.
    private static readonly char[] Alphabet =
    [
        .. Enumerable.Range(0x0E00, 0x80).Select(c => (char)c),
        'a', 'e', 'A', 'é', 'Ä', '\u01C4', '\u02FF', '\u0300', '\u0301', '\u0327', '\u0345', '\u1E9B', '\u2000', '\u212B', ' ', '1',
    ];

    private static readonly Regex ToneBeforeVowel = new("([\u0E48-\u0E4B])([\u0E31\u0E34-\u0E3A])");

    [Fact]
    public void Every_pair_and_triple_said_to_be_normalized_is_what_icu_gives()
    {
        var checkedAsNormalized = 0;
        foreach (var a in Alphabet)
        {
            foreach (var b in Alphabet)
            {
                checkedAsNormalized += Check(string.Concat(a, b));
            }
        }

        var random = new Random(19);
        for (var i = 0; i < 200_000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 7)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            checkedAsNormalized += Check(text);
        }

        // The shortcut is taken for most of these (all-Thai text is nearly always NFC), so the comparison is real.
        Assert.True(checkedAsNormalized > 100_000, $"only {checkedAsNormalized} texts took the shortcut");
    }

    [Theory]
    [InlineData("ร้องเรียนการทุจริต", true)]
    [InlineData("กุ่ม", true)]
    [InlineData("ก\u0E48\u0E38", false)] // tone mark (class 107) before SARA U (103): NFC swaps them
    [InlineData("e\u0301", false)]
    [InlineData("\u2000", false)] // EN QUAD decomposes to EN SPACE
    public void Shortcut_is_taken_only_where_it_is_certain(string text, bool expected)
    {
        Assert.Equal(expected, ThaiNfc.IsNormalized(text));
        if (expected)
        {
            Assert.Equal(text.Normalize(NormalizationForm.FormC), text);
        }
    }

    [Fact]
    public void Tone_marks_move_after_vowels_as_the_regular_expression_moves_them()
    {
        var marks = new[] { 'ก', 'ี', 'ิ', 'ั', 'ุ', 'ฺ', '่', '้', '๋', 'a', ' ' };
        var random = new Random(7);
        for (var i = 0; i < 50_000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 9)).Select(_ => marks[random.Next(marks.Length)])]);
            Assert.Equal(ToneBeforeVowel.Replace(text, "$2$1"), ThaiNfc.ToneAfterVowel(text));
        }

        const string unchanged = "ที่ดี";
        Assert.Same(unchanged, ThaiNfc.ToneAfterVowel(unchanged));
    }

    [Fact]
    public void Thai_has_no_case_so_folding_leaves_the_block_as_it_is()
    {
        for (var c = '\u0E00'; c <= '\u0E7F'; c++)
        {
            Assert.Equal(c, char.ToLowerInvariant(c));
        }
    }

    private static int Check(string text)
    {
        if (!ThaiNfc.IsNormalized(text))
        {
            return 0;
        }

        Assert.True(text.Normalize(NormalizationForm.FormC) == text, $"said to be NFC but is not: {string.Join(' ', text.Select(c => ((int)c).ToString("X4")))}");
        return 1;
    }
}
