using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;

namespace ItaSite.Generator.Checking;

/// <summary>
/// Tells staff, once per year, where the framework itself is uncertain: a draft year, or items whose title or components
/// are a best inference. These are warnings about the rules, not about the pages, so they never change an item's verdict.
/// </summary>
public static class FrameworkNotices
{
    public const string VerifyWithManual = "ตรวจสอบกับคู่มือการประเมินของสำนักงาน ป.ป.ช.";

    public static void Report(IndicatorFramework framework, DiagnosticBag diagnostics)
    {
        var at = new SourceSpan(framework.SourceName, 1, 1);
        if (framework.IsDraft)
        {
            diagnostics.Warning(DiagnosticCodes.FrameworkDraft, at,
                $"กรอบการประเมิน ITA {framework.Year} เป็นฉบับร่าง (confidence: draft) คัดลอกจากปีก่อน ทุกข้อยังต้อง{VerifyWithManual} แล้วแก้ไฟล์นี้ "
                + $"(the ITA {framework.Year} framework is a draft copied from the previous year: check every item against the NACC manual and correct this file)");
            return;
        }

        var provisional = framework.ProvisionalItems.ToList();
        if (provisional.Count == 0)
        {
            return;
        }

        var codes = string.Join(", ", provisional.Select(i => i.Code));
        var first = provisional[0].Span.Line > 0 ? provisional[0].Span : at;
        diagnostics.Warning(DiagnosticCodes.FrameworkProvisionalItems, first,
            $"ITA {framework.Year} มี {provisional.Count} ข้อที่ชื่อหรือองค์ประกอบยังเป็นข้อมูลชั่วคราว ({codes}): {VerifyWithManual} "
            + $"({provisional.Count} items of ITA {framework.Year} have a provisional title or components, inferred without the NACC manual)");
    }
}
