using ItaSite.Generator.Framework;

namespace ItaSite.Generator.Checking;

/// <summary>Stable keys (JSON) and Thai labels (HTML) for verdicts and time rules.</summary>
public static class ReadinessLabels
{
    public static string Key(this ReadinessVerdict verdict) => verdict switch
    {
        ReadinessVerdict.Pass => "pass",
        ReadinessVerdict.Warn => "warn",
        _ => "fail",
    };

    public static string Thai(this ReadinessVerdict verdict) => verdict switch
    {
        ReadinessVerdict.Pass => "ผ่าน",
        ReadinessVerdict.Warn => "ต้องตรวจสอบ",
        _ => "ไม่ผ่าน",
    };

    public static string Key(this PeriodRule rule) => rule switch
    {
        PeriodRule.CurrentFiscalYear => "current_fy",
        PeriodRule.PreviousFiscalYear => "previous_fy",
        PeriodRule.FirstHalfOfCurrentFiscalYear => "first_half_current_fy",
        PeriodRule.PlanCoveringCurrentFiscalYear => "plan_covering_current_fy",
        _ => "none",
    };

    public static string Thai(this PeriodRule rule, int year) => rule switch
    {
        PeriodRule.CurrentFiscalYear => $"ข้อมูลปีงบประมาณ พ.ศ. {year}",
        PeriodRule.PreviousFiscalYear => $"รายงานปีงบประมาณ พ.ศ. {year - 1}",
        PeriodRule.FirstHalfOfCurrentFiscalYear => $"ข้อมูลรอบ 6 เดือนแรก ปีงบประมาณ พ.ศ. {year}",
        PeriodRule.PlanCoveringCurrentFiscalYear => $"แผน/หลักเกณฑ์ที่ใช้บังคับในปีงบประมาณ พ.ศ. {year}",
        _ => "ไม่กำหนดช่วงเวลา",
    };
}
