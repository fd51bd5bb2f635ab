using System.Text;

namespace ItaSite.Generator.Thai;

/// <summary>Converts between Arabic digits (0–9) and Thai digits (๐–๙, U+0E50–U+0E59).</summary>
public static class ThaiDigits
{
    private const char ThaiZero = '\u0E50';

    public static string ToThai(string text)
    {
        if (!text.Any(char.IsAsciiDigit))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(char.IsAsciiDigit(c) ? (char)(ThaiZero + (c - '0')) : c);
        }

        return sb.ToString();
    }

    public static string ToArabic(string text)
    {
        if (!text.Any(IsThaiDigit))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(IsThaiDigit(c) ? (char)('0' + (c - ThaiZero)) : c);
        }

        return sb.ToString();
    }

    public static bool IsThaiDigit(char c) => c is >= ThaiZero and <= '\u0E59';
}
