namespace ItaSite.Generator.Data;

/// <summary>
/// A fiscal quarter (ไตรมาส) or the first six months (รอบ 6 เดือน) of a fiscal year, from its first to its last calendar month,
/// with the positions of the data set's months that fall in it. Totals over a period are always summed from those months.
/// </summary>
public sealed record StatisticsPeriod(string Key, string Label, YearMonth From, YearMonth To, IReadOnlyList<int> MonthIndexes)
{
    /// <summary>How many months the period has (3 for a quarter, 6 for the first half).</summary>
    public int Length => (To.Year * 12 + To.Month) - (From.Year * 12 + From.Month) + 1;

    /// <summary>True when the data has every month of the period.</summary>
    public bool Complete => MonthIndexes.Count == Length;

    public int Sum(IReadOnlyList<int> monthly) => MonthIndexes.Sum(i => monthly[i]);
}
