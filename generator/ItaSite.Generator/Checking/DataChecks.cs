using ItaSite.Generator.Data;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;
using ItaSite.Generator.Thai;

namespace ItaSite.Generator.Checking;

/// <summary>
/// Data sets named as evidence (a <c>::data[id]</c> block in an evidence section): of the kind the component asks for,
/// covering the period month by month, counts that agree with the rows listed, and photographs one per person.
/// </summary>
internal sealed class DataChecks(EvidenceContext context)
{
    private static readonly ThaiFormatter Thai = new(thaiDigits: false);

    /// <param name="attachments">The component's attached files: when there is no data set, the data may be in one of them.</param>
    public IEnumerable<ReadinessFinding> Check(Component component, IReadOnlyList<PageSection> sections, IReadOnlyList<(string ContentPath, SourceSpan Span)> attachments, SourceSpan anchor)
    {
        var wanted = component.Requires.Kind == EvidenceKind.Photo ? "executives" : component.Requires.DataKind;
        var sets = sections.SelectMany(s => s.Directives).Where(d => d.Name == "data")
            .Select(d => context.Data.Sets.GetValueOrDefault(d.Argument.Trim()))
            .OfType<DataSet>().Where(s => s.Kind == wanted).Distinct().ToList();
        var documents = attachments.Where(a => context.Site.Content.Assets.TryGetValue(a.ContentPath, out var f) && f.Length > 0 && context.Files.Verdict(f).Allowed).ToList();
        if (sets.Count == 0 && documents.Count > 0)
        {
            foreach (var finding in new DocumentData(context).Check(component, wanted ?? "data", documents))
            {
                yield return finding;
            }

            yield break;
        }

        if (sets.Count == 0)
        {
            yield return ReadinessFinding.Of(Severity.Error, DiagnosticCodes.NoDataSet, anchor,
                $"{context.Page.Code} {component.Id} asks for a '{wanted}' data set, but no evidence section includes one",
                $"องค์ประกอบ {component.Id} ต้องแสดงชุดข้อมูลประเภท {wanted} แต่หัวข้อที่เป็นหลักฐานไม่มีชุดข้อมูลนั้น",
                $"เพิ่มไฟล์ข้อมูล kind: {wanted} ในโฟลเดอร์ data/ แล้วใส่ ::data[ชื่อไฟล์] ใต้หัวข้อที่เป็นหลักฐาน");
            yield break;
        }

        foreach (var set in sets)
        {
            var findings = set switch
            {
                ExecutiveSet executives when component.Requires.Kind == EvidenceKind.Photo => new PhotoChecks(context).Check(component, executives),
                ProcurementSet procurement => Months(component, set, procurement.Months.Select(m => m.Month).ToList()).Concat(Counts(component, procurement)),
                ComplaintStatistics complaints => Months(component, set, complaints.Months.Select(m => m.Month).ToList()),
                ServiceStatistics services => Months(component, set, [.. services.Months]),
                _ => [],
            };
            foreach (var finding in findings)
            {
                yield return finding;
            }
        }
    }

    private IEnumerable<ReadinessFinding> Months(Component component, DataSet set, IReadOnlyList<YearMonth> months)
    {
        if (!component.Requires.Monthly || context.From is not { } from || context.DueBy is not { } due || due < from)
        {
            yield break;
        }

        var code = context.Page.Code;
        var have = months.ToHashSet();
        var first = new YearMonth(from.Year, from.Month);
        var last = new YearMonth(due.Year, due.Month);
        var missing = new List<YearMonth>();
        for (var m = first; m.CompareTo(last) <= 0; m = m.Next)
        {
            if (!have.Contains(m))
            {
                missing.Add(m);
            }
        }

        var latest = months.Count == 0 ? (YearMonth?)null : months.Max();
        var tail = latest is { } l ? missing.Where(m => m.CompareTo(l) > 0).ToList() : missing;
        var gaps = missing.Except(tail).ToList();
        var file = DataLines.Span(context, set, latest);
        if (gaps.Count > 0)
        {
            yield return ReadinessFinding.Of(Severity.Error, DiagnosticCodes.MissingMonths, DataLines.Span(context, set, months.Where(m => m.CompareTo(gaps[0]) < 0).DefaultIfEmpty().Max()),
                $"{code} {component.Id}: data set '{set.Id}' has no row for {string.Join(", ", gaps.Select(g => g.Iso))}",
                $"ชุดข้อมูล {set.Id} ขาดข้อมูลเดือน {string.Join(" ", gaps.Select(MonthThai))} เกณฑ์ต้องการข้อมูลครบทุกเดือน",
                "เพิ่มแถวของเดือนที่ขาด (ถ้าไม่มีเรื่องในเดือนนั้น ให้ใส่ 0)");
        }

        if (tail.Count > 0)
        {
            var until = latest is { } end ? $"ข้อมูลมีถึงเดือน {MonthThai(end)}" : "ยังไม่มีข้อมูลเดือนใดเลย";
            yield return ReadinessFinding.Of(Severity.Error, DiagnosticCodes.DataEndsEarly, file,
                $"{code} {component.Id}: data set '{set.Id}' stops at {latest?.Iso ?? "no month"}, but the period requires data up to {last.Iso}",
                $"ชุดข้อมูล {set.Id} {until} แต่เกณฑ์ต้องการข้อมูลถึง {Thai.LongDate(due)}",
                $"เพิ่มข้อมูลเดือน {string.Join(" ", tail.Select(MonthThai))}");
        }

        if (context.Page.Covers is { } covers && latest is { } last2 && last2.CompareTo(new YearMonth(covers.To.Year, covers.To.Month)) < 0)
        {
            var span = FrontMatterLines.Find(context.Page, "covers") ?? context.Page.CodeSpan;
            yield return ReadinessFinding.Of(Severity.Error, DiagnosticCodes.CoversBeyondData, span,
                $"{code}: covers says the data runs to {TimeCoverage.Iso(covers.To)}, but data set '{set.Id}' stops at {last2.Iso}",
                $"ช่วงเวลาของข้อมูล (covers) ระบุถึง {Thai.LongDate(covers.To)} แต่ชุดข้อมูล {set.Id} มีข้อมูลถึงเดือน {MonthThai(last2)} เท่านั้น",
                $"เพิ่มข้อมูลให้ถึงเดือน {MonthThai(new YearMonth(covers.To.Year, covers.To.Month))} หรือแก้ covers ให้ตรงกับข้อมูลที่มี");
        }
    }

    private IEnumerable<ReadinessFinding> Counts(Component component, ProcurementSet set)
    {
        foreach (var month in set.Months.Where(m => m.Count > m.Items.Count && string.IsNullOrWhiteSpace(m.Note)))
        {
            yield return ReadinessFinding.Of(Severity.Error, DiagnosticCodes.CountAboveRows, month.CountSpan,
                $"{context.Page.Code} {component.Id}: {month.Month.Iso} counts {month.Count} procurements but lists {month.Items.Count}",
                $"เดือน {MonthThai(month.Month)} ระบุจำนวน {month.Count} รายการ แต่แสดงรายละเอียดเพียง {month.Items.Count} รายการ แบบ สขร.1 ต้องแสดงทุกรายการ",
                "เพิ่มรายละเอียดให้ครบทุกรายการ หรือถ้ารายการครบอยู่ที่อื่น ให้เขียนเหตุผลไว้ที่ note: ของเดือนนั้น");
        }
    }

    private static string MonthThai(YearMonth month) => $"{ThaiFormatter.AbbreviatedMonthName(month.Month)} {month.Year + FiscalYear.BuddhistOffset}";
}
