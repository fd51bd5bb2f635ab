namespace ItaSite.Generator.Search;

/// <summary>
/// Shortcuts for the index's cleaning of Thai text, which would otherwise ask ICU and a regex about every page's every
/// character. Both give exactly what the general rule gives (tested against ICU and the regex they replace).
/// </summary>
internal static class ThaiNfc
{
    /// <summary>
    /// True when <paramref name="text"/> is certainly NFC already: every character is below U+0300 (Latin letters, all
    /// precomposed, and no combining mark) or in the Thai block, which has no canonical (de)compositions, and the Thai marks
    /// that have a combining class stand in canonical order. False means "ask ICU", not "not NFC".
    /// </summary>
    public static bool IsNormalized(ReadOnlySpan<char> text)
    {
        var previous = 0;
        foreach (var c in text)
        {
            int combining;
            if (c < '\u0300')
            {
                combining = 0;
            }
            else if (c is >= '\u0E00' and <= '\u0E7F')
            {
                combining = CombiningClass(c);
            }
            else
            {
                return false;
            }

            if (combining != 0 && previous > combining)
            {
                return false;
            }

            previous = combining;
        }

        return true;
    }

    /// <summary>
    /// A tone mark typed before an upper or lower vowel (ก่ี) moved after it (กี่): the leftmost pairs, without overlap, as
    /// <c>Regex.Replace("([\u0E48-\u0E4B])([\u0E31\u0E34-\u0E3A])", "$2$1")</c> does; the string itself when no pair is there.
    /// </summary>
    public static string ToneAfterVowel(string s)
    {
        var first = FirstPair(s, 0);
        if (first < 0)
        {
            return s;
        }

        return string.Create(s.Length, (s, first), static (chars, state) =>
        {
            var (text, at) = state;
            text.AsSpan().CopyTo(chars);
            while (at >= 0)
            {
                (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                at = FirstPair(text, at + 2);
            }
        });
    }

    // A plain loop: in Thai text a tone mark comes every few characters, too often for a vectorised search to pay.
    private static int FirstPair(string s, int from)
    {
        for (var i = from; i + 1 < s.Length; i++)
        {
            if ((uint)(s[i] - '\u0E48') <= 3 && s[i + 1] is '\u0E31' or (>= '\u0E34' and <= '\u0E3A'))
            {
                return i;
            }
        }

        return -1;
    }

    // Canonical combining classes of the Thai block (UnicodeData.txt): SARA U and UU 103, PHINTHU 9, the tone marks 107.
    private static int CombiningClass(char c) => c switch
    {
        '\u0E38' or '\u0E39' => 103,
        '\u0E3A' => 9,
        >= '\u0E48' and <= '\u0E4B' => 107,
        _ => 0,
    };
}
