using System.Globalization;

namespace ItaSite.Generator.Thai;

/// <summary>
/// Parses the dates editors write in YAML: ISO <c>2023-03-15</c> (Gregorian) or <c>2566-03-15</c> (a year of 2400 or more is
/// Buddhist Era). Thai digits are accepted.
/// </summary>
public static class ThaiDateParser
{
    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        var parts = ThaiDigits.ToArabic(text.Trim()).Split('-');
        if (parts.Length != 3
            || parts[0].Length != 4
            || parts[1].Length is < 1 or > 2
            || parts[2].Length is < 1 or > 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return false;
        }

        if (year >= 2400)
        {
            year -= FiscalYear.BuddhistOffset;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }
}
