using ItaSite.Generator.Framework;

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

    /// <summary>How this year rates agencies; null when its framework file does not say.</summary>
    public RatingScheme? Rating { get; init; }

    public Confidence FrameworkConfidence { get; init; } = Confidence.Medium;

    public IEnumerable<ItemReadiness> ProvisionalItems => Items.Where(i => i.Provisional);

    /// <summary>The levels the lower OIT estimate implies (clean passes only).</summary>
    public OitRatingEstimate? EstimateAtMinimum => Rating?.EstimateFromOit(MinimumShare);

    /// <summary>The levels the upper OIT estimate implies (items with warnings counted as passes).</summary>
    public OitRatingEstimate? EstimateAtMaximum => Rating?.EstimateFromOit(MaximumShare);

    private decimal Share(int count) => Items.Count == 0 ? 0m : Math.Round(100m * count / Items.Count, 2);
}
