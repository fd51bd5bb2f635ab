using System.Buffers;
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
    /// <remarks>Each rule first looks whether it can change anything (most text is already NFC, has no invisible characters
    /// and no split SARA AM), so the common case scans the text instead of calling ICU and three regexes on it.</remarks>
    public static string Clean(string text)
    {
        var s = ThaiNfc.IsNormalized(text) ? text : text.Normalize(NormalizationForm.FormC);
        if (s.AsSpan().IndexOfAny(InvisibleChars) >= 0)
        {
            s = Invisible().Replace(s, string.Empty);
        }

        if (s.Contains('\u0E4D', StringComparison.Ordinal))
        {
            s = SplitSaraAm().Replace(s, "$1\u0E33");
        }

        s = ThaiNfc.ToneAfterVowel(s);
        return CollapseWhitespace(s).Trim();
    }

    /// <summary>The form matching compares: <see cref="Clean"/>, then digits, case and whitespace folded away.</summary>
    public static string Fold(string text)
    {
        var cleaned = Clean(text);
        var sb = new StringBuilder(cleaned.Length);
        foreach (var c in cleaned)
        {
            if (FoldChar(c) is { } folded)
            {
                sb.Append(folded);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// <see cref="SearchTextEncoding.Encode"/> of <see cref="Fold"/>, without the folded string in between (the index writes
    /// the text of every page this way).
    /// </summary>
    public static byte[] FoldEncoded(string text)
    {
        var cleaned = Clean(text);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(16, cleaned.Length * 5));
        try
        {
            var n = 0;
            foreach (var c in cleaned)
            {
                if (FoldChar(c) is { } folded)
                {
                    n += SearchTextEncoding.Write(folded, buffer.AsSpan(n));
                }
            }

            return buffer.AsSpan(0, n).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // What one cleaned character folds to: Thai digits to Arabic, lower case; a space to nothing.
    // Thai has no case: the block's letters are themselves (ToLowerInvariant would ask ICU for each).
    private static char? FoldChar(char c) =>
        c is >= '\u0E50' and <= '\u0E59' ? (char)('0' + (c - '\u0E50'))
        : c == ' ' ? null
        : c is >= '\u0E00' and <= '\u0E7F' ? c
        : char.ToLowerInvariant(c);

    /// <summary>
    /// Every run of <see cref="Spaces"/> as one space (what <c>Replace(/[...]+/g, " ")</c> does in search.js), in one pass; the
    /// string itself when it has no run to change, which is most cleaned text.
    /// </summary>
    private static string CollapseWhitespace(string s)
    {
        var span = s.AsSpan();
        var first = FirstChange(span);
        if (first < 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        sb.Append(span[..first]);
        var inRun = false;
        foreach (var c in span[first..])
        {
            if (Spaces.Contains(c))
            {
                if (!inRun)
                {
                    sb.Append(' ');
                }

                inRun = true;
            }
            else
            {
                sb.Append(c);
                inRun = false;
            }
        }

        return sb.ToString();
    }

    // Where the first whitespace run that is not a single ' ' starts, or -1.
    private static int FirstChange(ReadOnlySpan<char> span)
    {
        var i = 0;
        while (true)
        {
            var k = span[i..].IndexOfAny(Spaces);
            if (k < 0)
            {
                return -1;
            }

            i += k;
            if (span[i] != ' ' || (i + 1 < span.Length && Spaces.Contains(span[i + 1])))
            {
                return i;
            }

            i++;
        }
    }

    // The same explicit set as search.js, so both sides agree (JavaScript's \s and .NET's \s differ).
    private static readonly SearchValues<char> Spaces = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    // Zero-width space/joiners, word joiner, soft hyphen, byte-order mark.
    [GeneratedRegex("[\u200B\u200C\u200D\u2060\u00AD\uFEFF]")]
    private static partial Regex Invisible();

    private static readonly SearchValues<char> InvisibleChars = SearchValues.Create("\u200B\u200C\u200D\u2060\u00AD\uFEFF");

    // NIKHAHIT (+ optional tone mark) + SARA AA, as typed on some keyboards, is SARA AM.
    [GeneratedRegex("\u0E4D([\u0E48-\u0E4B]?)\u0E32")]
    private static partial Regex SplitSaraAm();
}
