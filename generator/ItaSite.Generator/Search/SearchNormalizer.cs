using System.Text;
using System.Text.RegularExpressions;

namespace ItaSite.Generator.Search;

/// <summary>
/// The text rules shared by the index (here) and the query (<c>assets/search.js</c>, which mirrors them line by line).
/// <see cref="Clean"/> is applied to the text stored in the index (what snippets show); <see cref="Fold"/> is what matching
/// compares: cleaned text with Thai digits as Arabic digits (๖ = 6), lower case, and no whitespace at all, because Thai writers
/// space words inconsistently ("รอบ 6 เดือน", "รอบ6เดือน") and Thai has no spaces between words anyway.
/// </summary>
public static partial class SearchNormalizer
{
    /// <summary>NFC; drops invisible characters; ํา → ำ; tone mark before an upper/lower vowel → after it; collapses whitespace.</summary>
    public static string Clean(string text)
    {
        var s = text.Normalize(NormalizationForm.FormC);
        s = Invisible().Replace(s, string.Empty);
        s = SplitSaraAm().Replace(s, "$1\u0E33");
        s = ToneBeforeVowel().Replace(s, "$2$1");
        return Whitespace().Replace(s, " ").Trim();
    }

    /// <summary>The form matching compares: <see cref="Clean"/>, then digits, case and whitespace folded away.</summary>
    public static string Fold(string text)
    {
        var cleaned = Clean(text);
        var sb = new StringBuilder(cleaned.Length);
        foreach (var c in cleaned)
        {
            if (c is >= '\u0E50' and <= '\u0E59')
            {
                sb.Append((char)('0' + (c - '\u0E50')));
            }
            else if (c != ' ')
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    // Zero-width space/joiners, word joiner, soft hyphen, byte-order mark.
    [GeneratedRegex("[\u200B\u200C\u200D\u2060\u00AD\uFEFF]")]
    private static partial Regex Invisible();

    // NIKHAHIT (+ optional tone mark) + SARA AA, as typed on some keyboards, is SARA AM.
    [GeneratedRegex("\u0E4D([\u0E48-\u0E4B]?)\u0E32")]
    private static partial Regex SplitSaraAm();

    // A tone mark typed before an upper or lower vowel (ก่ี) is stored after it (กี่).
    [GeneratedRegex("([\u0E48-\u0E4B])([\u0E31\u0E34-\u0E3A])")]
    private static partial Regex ToneBeforeVowel();

    // The same explicit set as search.js, so both sides agree (JavaScript's \s and .NET's \s differ).
    [GeneratedRegex("[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+")]
    private static partial Regex Whitespace();
}
