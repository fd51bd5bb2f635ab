using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using ItaSite.Generator.Search;

namespace ItaSite.Tests.Search;

/// <summary>
/// The index folds and encodes each page's text in one pass (<see cref="SearchNormalizer.FoldEncoded"/>) and collapses
/// whitespace by hand. Both must give exactly what the rules they replace give (search.js mirrors those rules): for random
/// mixes of Thai, Latin, digits, every whitespace character of the set and the characters the other rules rewrite.
/// </summary>
public class SearchFoldingEquivalenceTests
{
    private static readonly string[] Pieces =
    [
        "ร้องเรียน", "จัดซื้อ", "O28", "E-Service", "๒๕๖๖", "2566", "ก", "\u0E4D\u0E32", "\u0E4D\u0E49\u0E32", "\u0E48\u0E35",
        "\u0E48\u0E48\u0E35", "\u200B", "\u00AD", "\uFEFF", "é", "e\u0301", "Ä", "\uD83D\uDE00", " ", "  ", "\t", "\n",
        "\r\n", "\u00A0", "\u3000", "\u2028", "\u0085", "\u1680", "\u2007", "\u202F", "\u205F", "\u200A", "\v\f", "<b>", "&amp;",
        // Thai marks with a combining class, in and out of canonical order (NFC reorders them), and the first combining mark.
        "\u0E38", "\u0E39", "\u0E3A", "\u0E48", "\u0E4B", "\u0E34", "\u0E31", "กุ่", "ก\u0E48\u0E38", "\u0E49\u0E34\u0E48\u0E35", "\u0300", "\u02FF", "Ǆ", "ÿ",
    ];

    // The rule as it was written before the hand-written pass (and as search.js writes it).
    private static readonly Regex Whitespace = new("[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+");

    private static readonly Gen<string> Texts = Gen.Choose(0, 12).SelectMany(n => Gen.ArrayOf(Gen.Elements(Pieces), n)).Select(string.Concat);

    [Fact]
    public void One_pass_fold_and_encode_equals_fold_then_encode() =>
        Prop.ForAll(Texts.ToArbitrary(), text =>
            Assert.Equal(SearchTextEncoding.Encode(SearchNormalizer.Fold(text)), SearchNormalizer.FoldEncoded(text)))
        .Check(Config.QuickThrowOnFailure.WithMaxTest(2000));

    [Fact]
    public void Clean_collapses_whitespace_as_the_regular_expression_does() =>
        Prop.ForAll(Texts.ToArbitrary(), text =>
        {
            var cleaned = SearchNormalizer.Clean(text);
            Assert.Equal(ReferenceClean(text), cleaned);
            Assert.DoesNotContain("  ", cleaned, StringComparison.Ordinal);
        })
        .Check(Config.QuickThrowOnFailure.WithMaxTest(2000));

    [Theory]
    [InlineData("a  b", "a b")]
    [InlineData(" a\u00A0 \tb ", "a b")]
    [InlineData("a\u3000b\u2028", "a b")]
    [InlineData("ก ข", "ก ข")]
    public void Clean_collapses_runs_of_whitespace_to_one_space(string input, string expected) =>
        Assert.Equal(expected, SearchNormalizer.Clean(input));

    private static string ReferenceClean(string text)
    {
        var s = text.Normalize(NormalizationForm.FormC);
        s = Regex.Replace(s, "[\u200B\u200C\u200D\u2060\u00AD\uFEFF]", string.Empty);
        s = Regex.Replace(s, "\u0E4D([\u0E48-\u0E4B]?)\u0E32", "$1\u0E33");
        s = Regex.Replace(s, "([\u0E48-\u0E4B])([\u0E31\u0E34-\u0E3A])", "$2$1");
        return Whitespace.Replace(s, " ").Trim();
    }
}
