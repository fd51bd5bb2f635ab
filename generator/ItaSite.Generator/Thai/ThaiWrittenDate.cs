using System.Globalization;
using System.Text.RegularExpressions;

namespace ItaSite.Generator.Thai;

/// <summary>
/// Finds a date as staff write it in tables and text: <c>20 เม.ย. 2569</c>, <c>20 เมษายน 2569</c>, <c>๒๐ เม.ย. ๖๙</c> (two-digit
/// Buddhist years are 25xx) or ISO <c>2569-04-20</c>. Returns the date and the text as written, to echo in messages.
/// </summary>
public static partial class ThaiWrittenDate
{
    private static readonly string[] Full = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"];
    private static readonly string[] Short = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];

    [GeneratedRegex(@"(?<d>\d{1,2})\s*(?<m>[ก-๛\.]+)\s*(?:พ\.ศ\.\s*)?(?<y>\d{4}|\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Written();

    public static bool TryFind(string text, out DateOnly date, out string written)
    {
        date = default;
        written = string.Empty;
        var arabic = ThaiDigits.ToArabic(text);
        foreach (Match match in Written().Matches(arabic))
        {
            var monthText = match.Groups["m"].Value;
            var month = Array.IndexOf(Full, monthText) + 1;
            month = month > 0 ? month : Array.IndexOf(Short, monthText) + 1;
            var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            year = year < 100 ? 2500 + year : year;
            year = year >= 2400 ? year - FiscalYear.BuddhistOffset : year;
            if (month > 0 && year > 0 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                date = new DateOnly(year, month, day);
                written = text.Substring(match.Index, match.Length);
                return true;
            }
        }

        foreach (var token in text.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (ThaiDateParser.TryParse(token, out date))
            {
                written = token;
                return true;
            }
        }

        return false;
    }
}
