using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;
using ItaSite.Generator.Thai;

namespace ItaSite.Generator.Checking;

/// <summary>
/// Lists of dated evidence (news, announcements, activities) in an evidence section: table rows whose first dated cell is
/// the date; every date must fall inside the period the framework requires and not after the day of the check.
/// </summary>
internal sealed class DatedListChecks(EvidenceContext context)
{
    private const int MostRowsListed = 5;

    private static readonly ThaiFormatter Thai = new(thaiDigits: false);

    public IEnumerable<ReadinessFinding> Check(Component component, IReadOnlyList<PageSection> sections, SourceSpan anchor)
    {
        var code = context.Page.Code;
        var dated = new List<(int Line, string File, DateOnly Date, string Written)>();
        foreach (var section in sections)
        {
            foreach (var (line, cells) in section.TableRows())
            {
                foreach (var cell in cells)
                {
                    if (ThaiWrittenDate.TryFind(cell, out var date, out var written))
                    {
                        dated.Add((line, context.Page.Source.DisplayPath, date, written));
                        break;
                    }
                }
            }
        }

        if (dated.Count == 0)
        {
            yield return ReadinessFinding.Of(Severity.Error, DiagnosticCodes.NoDates, anchor,
                $"{code} {component.Id} asks for a dated list, but no table row of its evidence has a date",
                $"องค์ประกอบ {component.Id} ต้องเป็นรายการที่ระบุวันที่ แต่หัวข้อที่เป็นหลักฐานไม่มีแถวตารางที่มีวันที่",
                "แสดงเป็นตาราง โดยคอลัมน์แรกเป็นวันที่ เช่น 20 เม.ย. 2569");
            yield break;
        }

        if (context.From is not { } from || context.To is not { } to)
        {
            yield break;
        }

        var outside = dated.Where(d => d.Date < from || d.Date > to || d.Date > context.Today).ToList();
        foreach (var row in outside.Take(MostRowsListed))
        {
            var why = row.Date > context.Today && row.Date <= to ? "เป็นวันในอนาคต" : $"อยู่นอกช่วง {Thai.LongDate(from)} – {Thai.LongDate(to)} ที่เกณฑ์กำหนด";
            yield return ReadinessFinding.Of(Severity.Error, DiagnosticCodes.DateOutsidePeriod, new SourceSpan(row.File, row.Line, 1),
                $"{code} {component.Id}: the row dated '{row.Written}' is outside the required period {TimeCoverage.Iso(from)} – {TimeCoverage.Iso(to)}",
                $"แถววันที่ \"{row.Written}\" {why}",
                "ใช้รายการของปีงบประมาณที่ประเมินเท่านั้น ย้ายรายการเก่าไปไว้ในปีของรายการนั้น");
        }

        if (outside.Count > MostRowsListed)
        {
            var more = outside[MostRowsListed];
            yield return ReadinessFinding.Of(Severity.Error, DiagnosticCodes.DateOutsidePeriod, new SourceSpan(more.File, more.Line, 1),
                $"{code} {component.Id}: {outside.Count - MostRowsListed} more rows are outside the required period",
                $"ยังมีอีก {outside.Count - MostRowsListed} แถวที่วันที่อยู่นอกช่วงที่เกณฑ์กำหนด",
                "ใช้รายการของปีงบประมาณที่ประเมินเท่านั้น");
        }
    }
}
