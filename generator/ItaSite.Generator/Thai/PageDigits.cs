namespace ItaSite.Generator.Thai;

/// <summary>
/// One digit style per page, as <c>thai_digits</c> says: rewrites the digits of a rendered page's text (never its tags,
/// attributes, scripts, styles or code) to Thai or Arabic digits, so framework text, content and theme agree. Words that are
/// addresses or codes keep their digits: URLs, e-mail addresses and Latin codes such as O21 or ITAS2566.
/// </summary>
public static class PageDigits
{
    private static readonly string[] Verbatim = ["script", "style", "code", "pre", "kbd", "samp"];
    private static readonly System.Buffers.SearchValues<char> ArabicDigits = System.Buffers.SearchValues.Create("0123456789");
    private static readonly System.Buffers.SearchValues<char> ThaiDigitChars = System.Buffers.SearchValues.Create("๐๑๒๓๔๕๖๗๘๙");

    /// <summary>
    /// Rewrites the digits of <paramref name="html"/> where it lies: a digit is always replaced by one digit, so the page keeps
    /// its length and the theme stage rewrites its own buffer instead of building another string.
    /// </summary>
    public static void ApplyInPlace(Span<char> html, bool thai)
    {
        var verbatimDepth = 0;
        var i = 0;
        while (i < html.Length)
        {
            var k = html[i..].IndexOf('<');
            var lt = k < 0 ? -1 : i + k;
            var textEnd = lt < 0 ? html.Length : lt;
            if (textEnd > i && verbatimDepth == 0)
            {
                RewriteText(html[i..textEnd], thai);
            }

            if (lt < 0)
            {
                break;
            }

            var g = html[lt..].IndexOf('>');
            if (g < 0)
            {
                break;
            }

            var gt = lt + g;
            verbatimDepth = Math.Max(0, verbatimDepth + Nesting(html[lt..(gt + 1)]));
            i = gt + 1;
        }
    }

    /// <summary>+1 for an opening verbatim tag, -1 for its closing tag, 0 otherwise.</summary>
    private static int Nesting(ReadOnlySpan<char> tag)
    {
        var closing = tag.Length > 2 && tag[1] == '/';
        var name = tag[(closing ? 2 : 1)..];
        var end = 0;
        while (end < name.Length && char.IsAsciiLetterOrDigit(name[end]))
        {
            end++;
        }

        name = name[..end];
        foreach (var v in Verbatim)
        {
            if (name.Equals(v, StringComparison.OrdinalIgnoreCase))
            {
                return closing ? -1 : (tag[^2] == '/' ? 0 : 1);
            }
        }

        return 0;
    }

    private static void RewriteText(Span<char> text, bool thai)
    {
        // Only a digit of the other style is ever rewritten: text without one (most of a page) stays as it is.
        if (!((ReadOnlySpan<char>)text).ContainsAny(thai ? ArabicDigits : ThaiDigitChars))
        {
            return;
        }

        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            var word = text[start..end];
            if (!KeepsDigits(word))
            {
                RewriteWord(word, thai);
            }

            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            start = end;
        }
    }

    private static void RewriteWord(Span<char> word, bool thai)
    {
        var inEntity = false;
        for (var k = 0; k < word.Length; k++)
        {
            var c = word[k];
            inEntity = c == '&' || (inEntity && c != ';');
            word[k] = inEntity ? c
                : thai && char.IsAsciiDigit(c) ? (char)('\u0E50' + (c - '0'))
                : !thai && ThaiDigits.IsThaiDigit(c) ? (char)('0' + (c - '\u0E50'))
                : c;
        }
    }

    private static bool KeepsDigits(ReadOnlySpan<char> word)
    {
        if (word.Contains("://", StringComparison.Ordinal) || word.Contains('@') || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // A Latin letter directly before a digit: an item or document code (O21, ITAS2566, A4), not a number of the text.
        for (var k = 1; k < word.Length; k++)
        {
            if (char.IsAsciiLetter(word[k - 1]) && (char.IsAsciiDigit(word[k]) || ThaiDigits.IsThaiDigit(word[k])))
            {
                return true;
            }
        }

        return false;
    }
}
