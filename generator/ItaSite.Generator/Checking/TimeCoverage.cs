using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;
using ItaSite.Generator.Thai;

namespace ItaSite.Generator.Checking;

/// <summary>
/// Checks an item page's dates (<c>fiscal_year</c>, <c>covers</c>, <c>updated</c>) against its framework time rule and the
/// assessment year. A period that has not ended yet today is reported as a warning, not an error: the data cannot exist yet.
/// </summary>
public sealed class TimeCoverage(int assessmentYear, DateOnly today)
{
    private static readonly ThaiFormatter Thai = new(thaiDigits: false);

    private readonly FiscalYear _fiscalYear = new(assessmentYear);

    public IEnumerable<ReadinessFinding> Check(ItemPage page, PeriodRule rule)
    {
        if (page.Updated is { } updated && updated > today)
        {
            yield return Finding(Severity.Error, DiagnosticCodes.UpdatedInFuture, page.UpdatedSpan,
                $"updated {Iso(updated)} is in the future (today is {Iso(today)}) (วันที่ปรับปรุงเป็นวันในอนาคต)") with
            {
                Thai = $"วันที่ปรับปรุง (updated: {W(page, "updated")}) คือ {Thai.LongDate(updated)} เป็นวันในอนาคต (วันที่ตรวจ {Thai.LongDate(today)})",
                Fix = "แก้วันที่ปรับปรุงเป็นวันที่ปรับปรุงข้อมูลจริง",
            };
        }

        if (rule == PeriodRule.None)
        {
            yield break;
        }

        var (from, to, expectedYear) = Required(rule);
        var label = $"{page.Code} needs {Describe(rule)} ({Thai.ShortRange(from, to)})";
        var severity = today > to || rule is PeriodRule.CurrentFiscalYear or PeriodRule.PlanCoveringCurrentFiscalYear
            ? Severity.Error
            : Severity.Warning;
        if (page.FiscalYear is { } fiscal && fiscal != expectedYear)
        {
            yield return Finding(severity, DiagnosticCodes.WrongPeriod, page.FiscalYearSpan,
                $"fiscal_year {fiscal} is the wrong year: {label}, i.e. fiscal_year {expectedYear} (ข้อมูลไม่ตรงปีงบประมาณที่ประเมิน)") with
            {
                Thai = $"ปีงบประมาณ (fiscal_year: {W(page, "fiscal_year")}) ไม่ตรงกับที่เกณฑ์กำหนด: {ThaiLabel(rule, from, to)}",
                Fix = $"ใช้ข้อมูลของปีงบประมาณ พ.ศ. {expectedYear} แล้วแก้เป็น fiscal_year: {expectedYear}",
            };
        }

        if (page.Covers is { } covers && !Satisfies(rule, covers, from, to))
        {
            var span = FrontMatterLines.Find(page, "covers") ?? page.CodeSpan;
            var what = rule == PeriodRule.FirstHalfOfCurrentFiscalYear ? "does not cover the whole first six months" : "lies outside that period";
            yield return Finding(severity, DiagnosticCodes.WrongPeriod, span,
                $"covers {Iso(covers.From)} – {Iso(covers.To)}, which {what}: {label} (ช่วงเวลาของข้อมูลไม่ครอบคลุมตามเกณฑ์)") with
            {
                Thai = $"ช่วงเวลาของข้อมูล (covers: {W(page, "covers")}) ไม่ครอบคลุมตามเกณฑ์: {ThaiLabel(rule, from, to)}",
                Fix = "ใช้ข้อมูลที่ครอบคลุมช่วงเวลาที่เกณฑ์กำหนด แล้วแก้ covers ให้ตรงกับข้อมูล",
            };
        }

        if (page.Updated is { } date && date <= today && TooOld(rule, date, from, to) is { } reason)
        {
            yield return Finding(severity, DiagnosticCodes.UpdatedTooOld, page.UpdatedSpan,
                $"updated {Iso(date)} is {reason}: {label} (วันที่ปรับปรุงเก่ากว่าช่วงเวลาที่เกณฑ์กำหนด)") with
            {
                Thai = $"วันที่ปรับปรุง (updated: {W(page, "updated")}) คือ {Thai.LongDate(date)} เก่ากว่าช่วงเวลาที่เกณฑ์กำหนด: {ThaiLabel(rule, from, to)}",
                Fix = "ปรับปรุงข้อมูลให้เป็นของช่วงเวลาที่เกณฑ์กำหนด แล้วแก้วันที่ปรับปรุง",
            };
        }

        if (page.FiscalYear is null && page.Covers is null)
        {
            yield return Finding(Severity.Warning, DiagnosticCodes.PeriodUnknown, page.CodeSpan,
                $"{label}; add 'fiscal_year: {expectedYear}' or 'covers: {{from, to}}' so the period can be checked (ระบุปีงบประมาณหรือช่วงเวลาของข้อมูล)") with
            {
                Thai = $"หน้านี้ไม่ระบุปีงบประมาณหรือช่วงเวลาของข้อมูล จึงตรวจไม่ได้ว่าตรงตามเกณฑ์: {ThaiLabel(rule, from, to)}",
                Fix = $"เพิ่ม fiscal_year: {expectedYear} หรือ covers: {{ from: …, to: … }}",
            };
        }
    }

    public (DateOnly From, DateOnly To, int FiscalYear) Required(PeriodRule rule) => rule switch
    {
        PeriodRule.PreviousFiscalYear => (_fiscalYear.Previous.Start, _fiscalYear.Previous.End, _fiscalYear.Previous.BuddhistYear),
        PeriodRule.FirstHalfOfCurrentFiscalYear => (_fiscalYear.Start, _fiscalYear.FirstHalfEnd, assessmentYear),
        _ => (_fiscalYear.Start, _fiscalYear.End, assessmentYear),
    };

    private static bool Satisfies(PeriodRule rule, DateRange covers, DateOnly from, DateOnly to) => rule == PeriodRule.FirstHalfOfCurrentFiscalYear
        ? covers.From <= from && covers.To >= to
        : covers.From <= to && covers.To >= from;

    /// <summary>Why an update date cannot belong to evidence of the required period, or null when it can.</summary>
    private static string? TooOld(PeriodRule rule, DateOnly updated, DateOnly from, DateOnly to)
    {
        if (updated < from)
        {
            return $"before the period starts ({Iso(from)})";
        }

        return rule == PeriodRule.FirstHalfOfCurrentFiscalYear && updated < to
            ? $"before the first six months end ({Iso(to)}), so the data cannot be complete"
            : null;
    }

    private string Describe(PeriodRule rule) => rule switch
    {
        PeriodRule.CurrentFiscalYear => $"data of fiscal year {assessmentYear}",
        PeriodRule.PreviousFiscalYear => $"a report of fiscal year {assessmentYear - 1}",
        PeriodRule.FirstHalfOfCurrentFiscalYear => $"data of the first six months of fiscal year {assessmentYear}",
        PeriodRule.PlanCoveringCurrentFiscalYear => $"a plan in force in fiscal year {assessmentYear}",
        _ => "no particular period",
    };

    private static ReadinessFinding Finding(Severity severity, string code, SourceSpan span, string message) => new(severity, code, message, span);

    private string ThaiLabel(PeriodRule rule, DateOnly from, DateOnly to) => $"{rule.Thai(assessmentYear)} ({Thai.LongDate(from)} – {Thai.LongDate(to)})";

    private static string W(ItemPage page, string key) => FrontMatterLines.Written(page, key) ?? "?";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
