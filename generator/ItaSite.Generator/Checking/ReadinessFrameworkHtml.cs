using System.Globalization;
using System.Net;
using System.Text;
using ItaSite.Generator.Framework;

namespace ItaSite.Generator.Checking;

/// <summary>The parts of the readiness page about the year's rules: the level the OIT estimate implies and how sure the framework is.</summary>
internal static class ReadinessFrameworkHtml
{
    public const string Style = """
        .notice{background:#fff8c5;border:1px solid #d4a72c;border-radius:.5rem;padding:.6rem 1rem;margin:1rem 0}
        .badge{display:inline-block;font-size:.8em;background:#fff8c5;color:#7d4e00;border:1px solid #d4a72c;border-radius:.3rem;padding:0 .35rem;margin-left:.3rem}
        """;

    /// <summary>The card with the levels the OIT estimate implies, or nothing when the framework has no rating scheme.</summary>
    public static string RatingCard(YearReadiness year)
    {
        if (year.EstimateAtMinimum is not { } low || year.EstimateAtMaximum is not { } high)
        {
            return string.Empty;
        }

        return $"<div class=\"card\">ระดับสูงสุดที่คะแนน OIT นี้ยังเปิดให้<b>{Range(low.BestPossible, high.BestPossible)}</b>"
            + $"ถ้า IIT และ EIT ได้เท่ากับ OIT: {E(Range(low.IfOtherToolsEqual, high.IfOtherToolsEqual))}</div>\n";
    }

    /// <summary>How the level is decided this year, and what the OIT score alone cannot tell.</summary>
    public static string RatingNote(YearReadiness year)
    {
        if (year.Rating is not { } rating || year.EstimateAtMinimum is not { } low || year.EstimateAtMaximum is not { } high)
        {
            return string.Empty;
        }

        var html = new StringBuilder("<p>ระดับผลการประเมินตัดสินจากคะแนนรวมของ IIT, EIT และ OIT ");
        html.Append(string.Join(" · ", rating.Levels.Select(l => E(l.Name) + " " + Rule(l))));
        html.Append($". ด้วยคะแนน OIT นี้ คะแนนรวมอยู่ระหว่าง {N(low.MinTotal)} (IIT และ EIT ได้ 0) ถึง {N(high.MaxTotal)} (IIT และ EIT ได้ 100)");
        html.Append($" ตามน้ำหนัก {string.Join(" / ", rating.Weights.Select(w => $"{E(w.Tool)} {N(w.Percent)}"))}");
        if (rating.WeightsConfidence is Confidence.Low or Confidence.Unknown or Confidence.Draft || rating.Confidence is Confidence.Low or Confidence.Unknown or Confidence.Draft)
        {
            html.Append(" (เกณฑ์และน้ำหนักของปีนี้ยังไม่ได้ยืนยันจากคู่มือ)");
        }

        return html.Append("</p>\n").ToString();
    }

    /// <summary>A notice listing the provisional items, or naming the whole year a draft.</summary>
    public static string Notice(YearReadiness year)
    {
        if (year.FrameworkConfidence == Confidence.Draft)
        {
            return $"<p class=\"notice\">กรอบการประเมิน ITA {year.Year} นี้เป็น<strong>ฉบับร่าง</strong> คัดลอกจากปีก่อนหน้า ทุกข้อต้อง{FrameworkNotices.VerifyWithManual} เมื่อคู่มือของปีนี้ประกาศ</p>\n";
        }

        var provisional = year.ProvisionalItems.ToList();
        return provisional.Count == 0
            ? string.Empty
            : $"<p class=\"notice\">ข้อที่มีป้าย <span class=\"badge\">ข้อมูลชั่วคราว</span> ({string.Join(", ", provisional.Select(i => i.Code))}) "
              + $"ชื่อหรือองค์ประกอบยังมาจากการอนุมาน ไม่ได้มาจากคู่มือการประเมิน: {FrameworkNotices.VerifyWithManual}</p>\n";
    }

    public static string Badge(ItemReadiness item) => item.Provisional ? " <span class=\"badge\">ข้อมูลชั่วคราว</span>" : string.Empty;

    private static string Rule(RatingLevel level) => level.MinEachTool is { } each
        ? $"(รวม ≥ {N(level.MinTotal)} และทุกเครื่องมือ ≥ {N(each)})"
        : level.MinTotal > 0 ? $"(รวม ≥ {N(level.MinTotal)})" : $"(ต่ำกว่านั้น)";

    private static string Range(RatingLevel a, RatingLevel b) => a.Name == b.Name ? a.Name : $"{a.Name} – {b.Name}";

    private static string N(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
