using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Site;
using ItaSite.Generator.Thai;

namespace ItaSite.Generator.Checking;

/// <summary>A measure whose end date has passed but whose page still says it is in progress (or not started): its report is out of date.</summary>
public static class MeasureDeadlines
{
    private static readonly ThaiFormatter Thai = new(thaiDigits: false);

    public static ReadinessFinding? Check(BoundMeasure measure, DateOnly today)
    {
        var page = measure.Page;
        if (page.End is not { } end || end >= today || page.Status == PageStatus.Done)
        {
            return null;
        }

        var endLine = FrontMatterLines.Find(page, "end");
        var written = endLine is { } span ? page.Source.Text.Split('\n')[span.Line - 1].Split(':', 2)[1].Trim() : TimeCoverage.Iso(end);
        return ReadinessFinding.Of(Severity.Error, DiagnosticCodes.MeasureOverdue, FrontMatterLines.Find(page, "status") ?? page.NumberSpan,
            $"measure {page.Number} ended on {written} but its status is still '{page.Status.Key()}'",
            $"มาตรการที่ {page.Number} สิ้นสุดแล้ว (วันที่สิ้นสุด {written} คือ {Thai.LongDate(end)}) แต่สถานะยังเป็น \"{page.Status.Thai()}\"",
            "รายงานผลการดำเนินงานรอบ 12 เดือน แล้วเปลี่ยนสถานะเป็น done หรือขยายวันที่สิ้นสุด (end:) พร้อมเหตุผล");
    }
}
