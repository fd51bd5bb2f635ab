using System.Globalization;

namespace ItaSite.Generator.Framework;

/// <summary>An OIT item code such as <c>O17</c>. Canonical form is upper-case O and no zero padding; the URL slug is <c>o17</c>.</summary>
public readonly record struct IndicatorCode(int Number) : IComparable<IndicatorCode>
{
    public string Slug => $"o{Number.ToString(CultureInfo.InvariantCulture)}";

    public static bool TryParse(string? text, out IndicatorCode code)
    {
        code = default;
        var s = Thai.ThaiDigits.ToArabic(text?.Trim() ?? string.Empty);
        if (s.Length < 2 || (s[0] != 'O' && s[0] != 'o') || !s[1..].All(char.IsAsciiDigit) || s.Length > 5)
        {
            return false;
        }

        var number = int.Parse(s[1..], CultureInfo.InvariantCulture);
        if (number <= 0)
        {
            return false;
        }

        code = new IndicatorCode(number);
        return true;
    }

    public int CompareTo(IndicatorCode other) => Number.CompareTo(other.Number);

    public override string ToString() => $"O{Number.ToString(CultureInfo.InvariantCulture)}";
}
