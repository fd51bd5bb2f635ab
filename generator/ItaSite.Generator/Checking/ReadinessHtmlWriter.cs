using System.Globalization;
using System.Net;
using System.Text;
using ItaSite.Generator.Content;
using ItaSite.Generator.Output;
using ItaSite.Generator.Thai;

namespace ItaSite.Generator.Checking;

/// <summary>
/// Writes <c>readiness-&lt;year&gt;.html</c>: one self-contained Thai page (no scripts, no external files) for the staff who
/// prepare the assessment — a summary, then every item with its verdict and what to fix. Not part of the public site.
/// </summary>
public static class ReadinessHtmlWriter
{
    private const string Style = """
        body{font-family:"Sarabun","TH Sarabun New","Noto Sans Thai","Loma",sans-serif;margin:0;color:#1f2328;background:#f6f7f9;line-height:1.6}
        main{max-width:72rem;margin:0 auto;padding:1.5rem}
        h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.25rem;margin-top:2rem}
        .meta{color:#57606a}
        .cards{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0}
        .card{background:#fff;border:1px solid #d0d7de;border-radius:.5rem;padding:.8rem 1.2rem;min-width:9rem}
        .card b{display:block;font-size:1.8rem}
        table{border-collapse:collapse;width:100%;background:#fff}
        th,td{border:1px solid #d0d7de;padding:.45rem .6rem;text-align:left;vertical-align:top}
        th{background:#eef1f4}
        .v{font-weight:bold;white-space:nowrap;border-radius:.3rem;padding:.1rem .5rem}
        .pass{background:#dafbe1;color:#116329}.warn{background:#fff8c5;color:#7d4e00}.fail{background:#ffebe9;color:#a40e26}
        ul{margin:.2rem 0;padding-left:1.2rem}
        code{font-size:.85em;color:#57606a}
        .missing{color:#a40e26}.manual{color:#7d4e00}
        .verdict{font-size:1.15rem;font-weight:bold;padding:.5rem .8rem;border-radius:.4rem}
        """;

    public static string FileName(int year) => $"readiness-{year.ToString(CultureInfo.InvariantCulture)}.html";

    public static OutputFile Write(CheckReport report, YearReadiness year)
    {
        var thai = new ThaiFormatter(thaiDigits: false);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append($"<title>ความพร้อมก่อนการประเมิน ITA {year.Year} – {E(report.Site)}</title>\n<style>{Style}{ReadinessFrameworkHtml.Style}</style>\n</head>\n<body>\n<main>\n")
            .Append($"<h1>รายงานความพร้อมก่อนการประเมิน ITA {year.Year} (OIT)</h1>\n")
            .Append($"<p class=\"meta\">{E(report.Site)} · ตรวจเมื่อ {thai.LongDate(report.Today)} · {E(year.Framework)}</p>\n")
            .Append("<div class=\"cards\">\n")
            .Append(Card("ผ่าน", year.Passed, "pass"))
            .Append(Card("ต้องตรวจสอบ", year.Warned, "warn"))
            .Append(Card("ไม่ผ่าน", year.Failed, "fail"))
            .Append($"<div class=\"card\">คะแนน OIT โดยประมาณ<b>{Score(year.MinimumShare)}–{Score(year.MaximumShare)}</b>จาก 100</div>\n")
            .Append(ReadinessFrameworkHtml.RatingCard(year))
            .Append("</div>\n")
            .Append($"<p class=\"verdict {(year.Ready ? "pass" : "fail")}\">{E(year.ThaiSummary())}</p>\n")
            .Append(ReadinessFrameworkHtml.Notice(year))
            .Append("<p>แต่ละข้อได้ 100 หรือ 0 คะแนน คะแนน OIT คือค่าเฉลี่ยของทุกข้อ ค่าต่ำนับเฉพาะข้อที่ผ่าน ค่าสูงนับรวมข้อที่ต้องตรวจสอบ (ข้อที่ยังไม่แน่ว่าผู้ประเมินจะให้ผ่าน) ")
            .Append("เป็นการประมาณจากเนื้อหาในเว็บไซต์เท่านั้น ผู้ประเมินยังพิจารณาเนื้อหาจริงของแต่ละข้อ</p>\n")
            .Append(ReadinessFrameworkHtml.RatingNote(year))
            .Append("<h2>รายข้อ</h2>\n<table>\n<thead><tr><th>ข้อ</th><th>ข้อมูล</th><th>ผล</th><th>องค์ประกอบ</th><th>เหตุผลและวิธีแก้ไข</th></tr></thead>\n<tbody>\n");
        foreach (var item in year.Items)
        {
            html.Append("<tr>")
                .Append($"<td><a href=\"{E(item.Url)}\">{item.Code}</a></td>")
                .Append($"<td>{E(item.Title)}{ReadinessFrameworkHtml.Badge(item)}<br><small class=\"meta\">{E(item.Period.Thai(year.Year))}{(item.Updated is { } u ? " · ปรับปรุง " + thai.MediumDate(u) : string.Empty)}{(item.Status is { } s ? " · " + s.Thai() : string.Empty)}</small></td>")
                .Append($"<td><span class=\"v {item.Verdict.Key()}\">{item.Verdict.Thai()}</span></td>")
                .Append("<td>").Append(Components(item)).Append("</td>")
                .Append("<td>").Append(Findings(item)).Append("</td>")
                .Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        html.Append($"<h2>ลิงก์ไปเว็บไซต์ภายนอก ({report.ExternalLinks.Count})</h2>\n<p>ไม่ได้เปิดตรวจอัตโนมัติ โปรดเปิดดูว่ายังใช้งานได้</p>\n<ul>\n");
        foreach (var link in report.ExternalLinks)
        {
            html.Append($"<li><a href=\"{E(link.Url)}\">{E(link.Url)}</a> <code>{E(link.Location.ToString())}</code></li>\n");
        }

        html.Append("</ul>\n</main>\n</body>\n</html>\n");
        return OutputFile.Text(FileName(year.Year), html.ToString());
    }

    private static string Card(string label, int count, string css) =>
        $"<div class=\"card {css}\">{label}<b>{count.ToString(CultureInfo.InvariantCulture)}</b>ข้อ</div>\n";

    private static string Components(ItemReadiness item)
    {
        var covered = item.Components.Count(c => c.Covered);
        var rows = item.Components.Select(c => !c.Covered
            ? $"<li class=\"missing\">✗ {E(c.Id)}: ไม่มีหลักฐาน – {E(c.Text)}</li>"
            : c.Manual.Count > 0
                ? $"<li class=\"manual\">{E(c.Id)}: ตรวจด้วยตนเอง – {E(string.Join(" ", c.Manual.Select(ManualThai)))}</li>"
                : $"<li>✓ {E(c.Id)}</li>");
        return $"มีหลักฐาน {covered.ToString(CultureInfo.InvariantCulture)} จาก {item.Components.Count.ToString(CultureInfo.InvariantCulture)}<ul>{string.Concat(rows)}</ul>";
    }

    /// <summary>What a person must look at, since check cannot.</summary>
    public static string ManualThai(Framework.ManualCheck check) => check switch
    {
        Framework.ManualCheck.Signature => "ลายมือชื่อจริงของผู้มีอำนาจ",
        Framework.ManualCheck.Seal => "ตราประทับของหน่วยงาน",
        _ => "รูปเป็นของบุคคลนั้นจริง",
    };

    private static string Findings(ItemReadiness item) => item.Findings.Count == 0
        ? "–"
        : "<ul>" + string.Concat(item.Findings.Select(f =>
            $"<li>{(f.FailsItem ? "ต้องแก้" : "ควรตรวจ")}: {E(ThaiReasons.Reason(f))}<br>วิธีแก้: {E(ThaiReasons.Fix(f))} <code>{E(f.Code)} {E(f.Location.ToString())}</code></li>")) + "</ul>";

    private static string Score(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
