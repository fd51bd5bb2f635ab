using System.Globalization;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Thai;
using ItaSite.Generator.Yaml;

namespace ItaSite.Generator.Data;

/// <summary>A calendar month (Common Era year). Written in data files as <c>YYYY-MM</c>; a year of 2400+ is Buddhist Era.</summary>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public int CompareTo(YearMonth other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public YearMonth Next => Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);

    /// <summary>ISO form for CSV and JSON: <c>2022-10</c>.</summary>
    public string Iso => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");

    /// <summary>Reads a required month from a data-file mapping; a missing or malformed value is a positioned diagnostic and null.</summary>
    public static YearMonth? Read(YamlMap map, string key)
    {
        var text = map.String(key, required: true);
        if (text is null)
        {
            return null;
        }

        if (!TryParse(text, out var month))
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.SpanOf(key), $"'{key}' must be a month written YYYY-MM (e.g. 2565-10 or 2022-10), got '{text}'");
            return null;
        }

        return month;
    }

    public static bool TryParse(string text, out YearMonth value)
    {
        value = default;
        var parts = ThaiDigits.ToArabic(text.Trim()).Split('-');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || month is < 1 or > 12 || year < 1900 || year > 2700)
        {
            return false;
        }

        value = new YearMonth(year >= 2400 ? year - FiscalYear.BuddhistOffset : year, month);
        return true;
    }
}
