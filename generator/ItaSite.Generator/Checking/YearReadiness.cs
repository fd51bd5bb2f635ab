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

    /// <summary>Failing items whose page says they are unfinished (status other than done): at risk, but already known.</summary>
    public int FailedUnfinished => Items.Count(i => i.Verdict == ReadinessVerdict.Fail && i.Status is { } s && s != Content.PageStatus.Done);

    /// <summary>Components a person must check by hand (signature, seal, identity), over all items.</summary>
    public int ManualChecks => Items.Sum(i => i.Components.Count(c => c.Manual.Count > 0));

    /// <summary>Ready when no item would score 0.</summary>
    public bool Ready => Failed == 0;

    /// <summary>The one-line Thai verdict: พร้อม / ไม่พร้อม with the counts behind it.</summary>
    public string ThaiSummary()
    {
        var ready = Ready ? (Warned == 0 ? "พร้อม" : $"พร้อม แต่มี {Warned} ข้อที่ต้องตรวจสอบ") : $"ไม่พร้อม {Failed} ข้อเสี่ยงได้ 0 คะแนน";
        var unfinished = FailedUnfinished > 0 ? $" (หน้าระบุว่ายังไม่เสร็จ {FailedUnfinished} ข้อ)" : string.Empty;
        var manual = ManualChecks > 0 ? $", ตรวจด้วยตนเอง {ManualChecks} รายการ" : string.Empty;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"ITA {Year}: {ready}{unfinished} — ผ่าน {Passed}, ต้องตรวจสอบ {Warned}, ไม่ผ่าน {Failed} จาก {Items.Count} ข้อ, คะแนน OIT โดยประมาณ {MinimumShare:0.##}–{MaximumShare:0.##}{manual}");
    }

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
