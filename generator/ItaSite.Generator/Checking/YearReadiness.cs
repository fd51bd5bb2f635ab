namespace ItaSite.Generator.Checking;

/// <summary>
/// The readiness of one assessment year. Each OIT item scores 100 or 0 and the OIT score is their average, so the share of
/// passing items estimates the OIT score: <see cref="MinimumShare"/> counts only clean passes, <see cref="MaximumShare"/> also
/// counts the items with warnings.
/// </summary>
public sealed record YearReadiness(int Year, string Framework, IReadOnlyList<ItemReadiness> Items)
{
    public int Passed => Items.Count(i => i.Verdict == ReadinessVerdict.Pass);

    public int Warned => Items.Count(i => i.Verdict == ReadinessVerdict.Warn);

    public int Failed => Items.Count(i => i.Verdict == ReadinessVerdict.Fail);

    public decimal MinimumShare => Share(Passed);

    public decimal MaximumShare => Share(Passed + Warned);

    private decimal Share(int count) => Items.Count == 0 ? 0m : Math.Round(100m * count / Items.Count, 2);
}
