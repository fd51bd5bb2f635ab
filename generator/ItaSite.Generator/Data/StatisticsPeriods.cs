using System.Globalization;
using ItaSite.Generator.Thai;

namespace ItaSite.Generator.Data;

/// <summary>
/// The fiscal quarters and first six months that a list of months touches, in order: Q1–Q4 then the first half of each fiscal
/// year (1 Oct – 31 Mar). Quarters follow <see cref="FiscalYear.QuarterOf"/>: Oct–Dec is 1 … Jul–Sep is 4. A period is listed
/// when at least one month falls in it; <see cref="StatisticsPeriod.Complete"/> says whether all of its months do.
/// </summary>
public static class StatisticsPeriods
{
    public static IReadOnlyList<StatisticsPeriod> Of(IReadOnlyList<YearMonth> months)
    {
        var placed = months
            .Select((m, i) => (Month: m, Index: i))
            .Where(p => p.Month.Month is >= 1 and <= 12 && p.Month.Year >= 1) // a month that failed to parse is already an error
            .Select(p => (p.Index, Fiscal: FiscalYear.Of(First(p.Month)), Quarter: FiscalYear.QuarterOf(First(p.Month))))
            .ToList();
        var years = placed.Select(p => p.Fiscal).Distinct().OrderBy(y => y.BuddhistYear).ToList();
        var periods = new List<StatisticsPeriod>();
        foreach (var year in years)
        {
            var suffix = years.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" ปีงบประมาณ {year.BuddhistYear}") : string.Empty;
            var prefix = years.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $"{year.BuddhistYear}-") : string.Empty;
            var start = new YearMonth(year.Start.Year, year.Start.Month);
            for (var quarter = 1; quarter <= 4; quarter++)
            {
                var indexes = placed.Where(p => p.Fiscal == year && p.Quarter == quarter).Select(p => p.Index).ToList();
                if (indexes.Count > 0)
                {
                    var from = Add(start, (quarter - 1) * 3);
                    periods.Add(new StatisticsPeriod(
                        string.Create(CultureInfo.InvariantCulture, $"{prefix}q{quarter}"),
                        string.Create(CultureInfo.InvariantCulture, $"ไตรมาสที่ {quarter}{suffix}"),
                        from,
                        Add(from, 2),
                        indexes));
                }
            }

            var half = placed.Where(p => p.Fiscal == year && p.Quarter <= 2).Select(p => p.Index).ToList();
            if (half.Count > 0)
            {
                periods.Add(new StatisticsPeriod(prefix + "first_half", "รอบ 6 เดือนแรก" + suffix, start, Add(start, 5), half));
            }
        }

        return periods;
    }

    /// <summary><c>ต.ค. 65 – ธ.ค. 65</c>, with Arabic digits (the page applies the site's digits).</summary>
    public static string Range(StatisticsPeriod period) =>
        $"{Short(period.From)} – {Short(period.To)}";

    private static string Short(YearMonth month) =>
        string.Create(CultureInfo.InvariantCulture, $"{ThaiFormatter.AbbreviatedMonthName(month.Month)} {(month.Year + FiscalYear.BuddhistOffset) % 100:00}");

    private static DateOnly First(YearMonth month) => new(month.Year, month.Month, 1);

    private static YearMonth Add(YearMonth month, int count)
    {
        var total = month.Year * 12 + (month.Month - 1) + count;
        return new YearMonth(total / 12, total % 12 + 1);
    }
}
