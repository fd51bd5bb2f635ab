using System.Globalization;

namespace ItaSite.Generator.Thai;

/// <summary>
/// Thai date and number formatting for one site: Buddhist-Era years, Thai month names, and Thai digits when the site asks for them.
/// Never uses the ambient culture: every pattern and culture is explicit so output is the same on every machine.
/// </summary>
public sealed class ThaiFormatter(bool thaiDigits)
{
    private static readonly string[] FullMonths =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    private static readonly string[] AbbreviatedMonths =
    [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
        "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ];

    public bool ThaiDigits { get; } = thaiDigits;

    public static string FullMonthName(int month) => FullMonths[month - 1];

    public static string AbbreviatedMonthName(int month) => AbbreviatedMonths[month - 1];

    /// <summary>Applies the site's digit setting to text that already contains Arabic digits.</summary>
    public string Digits(string text) => ThaiDigits ? Thai.ThaiDigits.ToThai(text) : text;

    /// <summary><c>15 มีนาคม 2566</c>.</summary>
    public string LongDate(DateOnly date) =>
        Digits($"{date.Day} {FullMonthName(date.Month)} {date.Year + FiscalYear.BuddhistOffset}");

    /// <summary><c>15 มี.ค. 2566</c>.</summary>
    public string MediumDate(DateOnly date) =>
        Digits($"{date.Day} {AbbreviatedMonthName(date.Month)} {date.Year + FiscalYear.BuddhistOffset}");

    /// <summary><c>15 มี.ค. 66</c>: two-digit Buddhist-Era year, as in the ITA report tables.</summary>
    public string ShortDate(DateOnly date) =>
        Digits($"{date.Day} {AbbreviatedMonthName(date.Month)} {(date.Year + FiscalYear.BuddhistOffset) % 100:00}");

    /// <summary><c>1 ต.ค. 65 – 31 มี.ค. 66</c>.</summary>
    public string ShortRange(DateOnly from, DateOnly to) => $"{ShortDate(from)} – {ShortDate(to)}";

    /// <summary><c>มีนาคม 2566</c>.</summary>
    public string MonthYear(int year, int month) =>
        Digits($"{FullMonthName(month)} {year + FiscalYear.BuddhistOffset}");

    /// <summary><c>พ.ศ. 2566</c> from a Buddhist-Era year.</summary>
    public string BuddhistYear(int buddhistYear) => Digits($"พ.ศ. {buddhistYear}");

    /// <summary>Grouped integer: <c>1,234</c>.</summary>
    public string Number(long value) => Digits(value.ToString("#,0", CultureInfo.InvariantCulture));

    /// <summary>Grouped decimal with two places: <c>1,234,567.50</c>.</summary>
    public string Decimal(decimal value) => Digits(value.ToString("#,0.00", CultureInfo.InvariantCulture));

    /// <summary><c>1,234,567.50 บาท</c>.</summary>
    public string Money(decimal value) => $"{Decimal(value)} บาท";

    /// <summary>A file size for download links: <c>245 KB</c>, <c>1.2 MB</c>.</summary>
    public string FileSize(long bytes) => bytes switch
    {
        < 1024 => Digits($"{bytes} ไบต์"),
        < 1024 * 1024 => Digits($"{Math.Ceiling(bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture)} KB"),
        _ => Digits($"{(bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)} MB"),
    };
}
