namespace ItaSite.Generator.Thai;

/// <summary>
/// A Thai government fiscal year (ปีงบประมาณ): 1 October to 30 September, named by the Buddhist-Era year in which it ends.
/// FY 2566 runs from 1 Oct 2022 (2565 BE) to 30 Sep 2023 (2566 BE).
/// </summary>
public readonly record struct FiscalYear(int BuddhistYear)
{
    public const int BuddhistOffset = 543;

    public DateOnly Start => new(BuddhistYear - BuddhistOffset - 1, 10, 1);

    public DateOnly End => new(BuddhistYear - BuddhistOffset, 9, 30);

    /// <summary>The last day of the first six months (รอบ 6 เดือน): 31 March.</summary>
    public DateOnly FirstHalfEnd => new(BuddhistYear - BuddhistOffset, 3, 31);

    public FiscalYear Previous => new(BuddhistYear - 1);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public static FiscalYear Of(DateOnly date) =>
        new(date.Month >= 10 ? date.Year + 1 + BuddhistOffset : date.Year + BuddhistOffset);

    /// <summary>Quarter 1–4 (ไตรมาส): Oct–Dec is 1, Jan–Mar 2, Apr–Jun 3, Jul–Sep 4.</summary>
    public static int QuarterOf(DateOnly date) => date.Month switch
    {
        >= 10 => 1,
        <= 3 => 2,
        <= 6 => 3,
        _ => 4,
    };

    public override string ToString() => $"ปีงบประมาณ พ.ศ. {BuddhistYear}";
}
