using ItaSite.Generator.Thai;

namespace ItaSite.Tests.Thai;

public class ThaiFormatterTests
{
    private static readonly ThaiFormatter Arabic = new(thaiDigits: false);
    private static readonly ThaiFormatter ThaiDigitsFormatter = new(thaiDigits: true);

    [Theory]
    [InlineData(2022, 10, 1, "1 ตุลาคม 2565", "1 ต.ค. 2565", "1 ต.ค. 65")]
    [InlineData(2023, 3, 31, "31 มีนาคม 2566", "31 มี.ค. 2566", "31 มี.ค. 66")]
    [InlineData(2023, 9, 30, "30 กันยายน 2566", "30 ก.ย. 2566", "30 ก.ย. 66")]
    [InlineData(2024, 2, 29, "29 กุมภาพันธ์ 2567", "29 ก.พ. 2567", "29 ก.พ. 67")]
    [InlineData(2000, 5, 4, "4 พฤษภาคม 2543", "4 พ.ค. 2543", "4 พ.ค. 43")]
    [InlineData(2042, 12, 9, "9 ธันวาคม 2585", "9 ธ.ค. 2585", "9 ธ.ค. 85")]
    public void Dates_use_buddhist_era_and_thai_month_names(int y, int m, int d, string longForm, string medium, string shortForm)
    {
        var date = new DateOnly(y, m, d);
        Assert.Equal(longForm, Arabic.LongDate(date));
        Assert.Equal(medium, Arabic.MediumDate(date));
        Assert.Equal(shortForm, Arabic.ShortDate(date));
    }

    [Fact]
    public void Thai_digits_apply_to_every_number_when_the_site_asks()
    {
        Assert.Equal("๑ ต.ค. ๖๕ – ๓๑ มี.ค. ๖๖", ThaiDigitsFormatter.ShortRange(new DateOnly(2022, 10, 1), new DateOnly(2023, 3, 31)));
        Assert.Equal("๑,๒๓๔,๕๖๗.๕๐ บาท", ThaiDigitsFormatter.Money(1234567.5m));
        Assert.Equal("พ.ศ. ๒๕๖๖", ThaiDigitsFormatter.BuddhistYear(2566));
        Assert.Equal("1,234,567.50 บาท", Arabic.Money(1234567.5m));
        Assert.Equal("0.00 บาท", Arabic.Money(0m));
        Assert.Equal("12,000", Arabic.Number(12000));
    }

    [Theory]
    [InlineData("0123456789", "๐๑๒๓๔๕๖๗๘๙")]
    [InlineData("O17 ปี 2566", "O๑๗ ปี ๒๕๖๖")]
    [InlineData("ไม่มีตัวเลข", "ไม่มีตัวเลข")]
    public void Digits_round_trip(string arabic, string thai)
    {
        Assert.Equal(thai, ThaiDigits.ToThai(arabic));
        Assert.Equal(arabic, ThaiDigits.ToArabic(thai));
    }

    [Theory]
    [InlineData(2022, 9, 30, 2565, 4)]
    [InlineData(2022, 10, 1, 2566, 1)]
    [InlineData(2022, 12, 31, 2566, 1)]
    [InlineData(2023, 1, 1, 2566, 2)]
    [InlineData(2023, 3, 31, 2566, 2)]
    [InlineData(2023, 4, 1, 2566, 3)]
    [InlineData(2023, 9, 30, 2566, 4)]
    [InlineData(2023, 10, 1, 2567, 1)]
    public void Fiscal_year_runs_october_to_september_named_by_its_ending_year(int y, int m, int d, int fiscalYear, int quarter)
    {
        var date = new DateOnly(y, m, d);
        Assert.Equal(fiscalYear, FiscalYear.Of(date).BuddhistYear);
        Assert.Equal(quarter, FiscalYear.QuarterOf(date));
        Assert.True(new FiscalYear(fiscalYear).Contains(date));
        Assert.False(new FiscalYear(fiscalYear + 1).Contains(date));
    }

    [Fact]
    public void Fiscal_year_2566_bounds_and_first_half()
    {
        var fy = new FiscalYear(2566);
        Assert.Equal(new DateOnly(2022, 10, 1), fy.Start);
        Assert.Equal(new DateOnly(2023, 9, 30), fy.End);
        Assert.Equal(new DateOnly(2023, 3, 31), fy.FirstHalfEnd);
        Assert.Equal(2565, fy.Previous.BuddhistYear);
    }

    [Theory]
    [InlineData("2023-03-15", 2023, 3, 15)]
    [InlineData("2566-03-15", 2023, 3, 15)]
    [InlineData("๒๕๖๖-๐๓-๑๕", 2023, 3, 15)]
    [InlineData("2567-02-29", 2024, 2, 29)]
    [InlineData("2023-3-5", 2023, 3, 5)]
    public void Parses_gregorian_and_buddhist_era_iso_dates(string text, int y, int m, int d)
    {
        Assert.True(ThaiDateParser.TryParse(text, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("15/03/2566")]
    [InlineData("2566-02-30")]
    [InlineData("2566-13-01")]
    [InlineData("yesterday")]
    [InlineData("")]
    public void Rejects_other_date_forms(string text) => Assert.False(ThaiDateParser.TryParse(text, out _));

    [Theory]
    [InlineData(512, "512 ไบต์")]
    [InlineData(2048, "2 KB")]
    [InlineData(1536 * 1024, "1.5 MB")]
    public void File_sizes_are_human_readable(long bytes, string expected) => Assert.Equal(expected, Arabic.FileSize(bytes));
}
