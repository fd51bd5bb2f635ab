namespace ItaSite.Generator.Framework;

/// <summary>One result level: AA…F up to 2566, ผ่านดีเยี่ยม…ต้องปรับปรุงโดยด่วน since 2567.</summary>
/// <param name="MinTotal">The lowest weighted total (0–100) that reaches this level.</param>
/// <param name="MinEachTool">When set, every tool (IIT, EIT, OIT) must also score at least this.</param>
public sealed record RatingLevel(string Name, decimal MinTotal, decimal? MinEachTool);

/// <summary>A tool's share of the total score, in percent (IIT 30, EIT 30, OIT 40).</summary>
public sealed record ToolWeight(string Tool, decimal Percent);

/// <summary>What the OIT score alone says about the result level, since IIT and EIT are not known before the assessment.</summary>
/// <param name="BestPossible">The best level still reachable if IIT and EIT scored 100: OIT alone caps the result here.</param>
/// <param name="IfOtherToolsEqual">The level if IIT and EIT scored the same as OIT.</param>
/// <param name="MaxTotal">The weighted total with IIT and EIT at 100.</param>
/// <param name="MinTotal">The weighted total with IIT and EIT at 0 (the OIT share alone).</param>
public sealed record OitRatingEstimate(decimal OitScore, RatingLevel BestPossible, RatingLevel IfOtherToolsEqual, decimal MaxTotal, decimal MinTotal);

/// <summary>
/// How one assessment year scores items and rates agencies. Levels are listed best first; an agency gets the first level
/// whose rules it meets, so "ผ่าน (85+ but some tool below 85)" follows from its place after ผ่านดี.
/// </summary>
public sealed record RatingScheme(
    IReadOnlyList<RatingLevel> Levels,
    IReadOnlyList<ToolWeight> Weights,
    decimal ItemPass,
    decimal ItemFail,
    Confidence Confidence,
    Confidence WeightsConfidence,
    string? Source)
{
    public const string Oit = "OIT";

    /// <summary>The level of a result given the weighted total and each tool's score.</summary>
    public RatingLevel LevelOf(decimal total, IReadOnlyDictionary<string, decimal> toolScores) =>
        Levels.FirstOrDefault(l => total >= l.MinTotal && (l.MinEachTool is not { } min || toolScores.Values.All(s => s >= min)))
        ?? Levels[^1];

    /// <summary>The OIT score of a year: the average of its item scores (each <see cref="ItemPass"/> or <see cref="ItemFail"/>).</summary>
    public decimal OitScore(int itemsPassing, int itemCount) =>
        itemCount == 0 ? 0 : Math.Round(((itemsPassing * ItemPass) + ((itemCount - itemsPassing) * ItemFail)) / itemCount, 2);

    public OitRatingEstimate EstimateFromOit(decimal oit)
    {
        var others = Weights.Where(w => w.Tool != Oit).ToList();
        var oitShare = Weights.FirstOrDefault(w => w.Tool == Oit)?.Percent ?? 0;
        var minTotal = Math.Round(oitShare * oit / 100, 2);
        var maxTotal = Math.Round(minTotal + others.Sum(w => w.Percent), 2);
        var best = LevelOf(maxTotal, Scores(oit, others, 100));
        var equal = LevelOf(oit, Scores(oit, others, oit));
        return new OitRatingEstimate(oit, best, equal, maxTotal, minTotal);
    }

    private static Dictionary<string, decimal> Scores(decimal oit, IEnumerable<ToolWeight> others, decimal otherScore)
    {
        var scores = others.ToDictionary(w => w.Tool, _ => otherScore, StringComparer.Ordinal);
        scores[Oit] = oit;
        return scores;
    }
}
