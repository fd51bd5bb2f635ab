using System.Text.Json;
using ItaSite.Generator.Diagnostics;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Data;

/// <summary>The IIT/EIT improvement tables of O42/O43 (seeds 003/004): rendering with accessible ticks, downloads, validation.</summary>
public sealed class PerceptionImprovementTests
{
    private const string Measure = "---\nmeasure: 2\ntitle: มาตรการกำกับดูแลการใช้ทรัพย์สินของราชการ\nindicators: [O43]\nperception_indicators: [4]\nstatus: done\n---\nรายละเอียด\n";

    private const string Improvements = """
        kind: perception-improvements
        title: ผลการดำเนินงานตามตัวชี้วัด IIT และ EIT
        year: 2566
        rows:
          - indicator: 7
            guidelines: [เผยแพร่ข้อมูลหลายช่องทาง]
            responsible: สำนักปลัด
            from: 2565-11
            to: 2566-09
            status: in-progress
            results: [เปิด LINE Official Account]
          - indicator: 4
            guidelines: [จัดทำแนวปฏิบัติการใช้ทรัพย์สิน, กำหนดขั้นตอนการขออนุญาตยืม]
            responsible: กองคลัง
            from: 2565-10
            to: 2566-09
            status: done
            results: [เผยแพร่คู่มือการยืมและคืนพัสดุ, ตรวจเลขไมล์ทุกเดือน]
            measures: [2]
        """;

    private static TestSite SiteWith(string yaml)
    {
        var site = TestSite.WithBasics();
        site.Write("measures/2566/m02.md", Measure);
        site.Write("data/improvements.yaml", yaml);
        site.Write("oit/2566/o43.md", TestSite.Item("O43", body: "## IIT/EIT\n\n::data[improvements]\n"));
        return site;
    }

    [Fact]
    public async Task One_table_per_tool_with_header_scopes_ticks_as_text_and_measure_links()
    {
        using var site = SiteWith(Improvements);
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));

        var html = site.Html("oit/2566/o43/index.html");
        var iit = html.QuerySelector("table#table-improvements-iit")!;
        var eit = html.QuerySelector("table#table-improvements-eit")!;
        Assert.Equal(
            ["ตัวชี้วัด", "แนวทางในการยกระดับการประเมิน", "ผู้รับผิดชอบ", "ระยะเวลา", "ความก้าวหน้าผลการดำเนินการ"],
            iit.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent));
        Assert.StartsWith("ประเด็นการประเมิน IIT", iit.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);

        // indicator 4 is IIT and its title comes from the 2566 framework, not from the data file
        var row = Assert.Single(iit.QuerySelectorAll("tbody tr"));
        Assert.Equal("ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ", row.QuerySelector("th[scope=row]")!.TextContent);
        Assert.Equal(2, row.QuerySelectorAll("ol li").Length);
        Assert.Equal("ต.ค. 65 – ก.ย. 66", row.QuerySelector(".improvement-table__period")!.TextContent.Trim());

        // the status is text for assistive technology; the glyphs are decoration hidden from it
        Assert.Equal("สถานะ: ดำเนินการแล้ว", row.QuerySelector(".ticks .visually-hidden")!.TextContent);
        var ticks = row.QuerySelector(".ticks__options")!;
        Assert.Equal("true", ticks.GetAttribute("aria-hidden"));
        Assert.Equal("☑ ดำเนินการ", Assert.Single(ticks.QuerySelectorAll(".tick--on")).TextContent);
        Assert.Equal(2, ticks.QuerySelectorAll(".tick:not(.tick--on)").Count(t => t.TextContent.StartsWith('☐')));
        Assert.Equal("../../../measures/2566/2/", row.QuerySelector(".improvement-table__measures a")!.GetAttribute("href"));

        var eitRow = Assert.Single(eit.QuerySelectorAll("tbody tr"));
        Assert.Equal("in-progress", eitRow.GetAttribute("data-status"));
        Assert.Equal("สถานะ: อยู่ระหว่างดำเนินการ", eitRow.QuerySelector(".ticks .visually-hidden")!.TextContent);
        Assert.Equal("☑ อยู่ระหว่างดำเนินการ", eitRow.QuerySelector(".tick--on")!.TextContent);

        Assert.Equal(
            ["../../../data/improvements-iit.csv", "../../../data/improvements-iit.json", "../../../data/improvements-eit.csv", "../../../data/improvements-eit.json"],
            html.QuerySelectorAll(".data-downloads a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Csv_and_json_carry_the_status_as_text_and_months_as_iso()
    {
        using var site = SiteWith(Improvements);
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));

        var csv = site.ReadOutput("data/improvements-iit.csv").TrimStart('\uFEFF');
        Assert.StartsWith("ตัวชี้วัดที่,ตัวชี้วัด,แนวทางในการยกระดับการประเมิน,ผู้รับผิดชอบ,ตั้งแต่เดือน,ถึงเดือน,ความก้าวหน้า,ผลการดำเนินการ,มาตรการที่เกี่ยวข้อง\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("4,การใช้ทรัพย์สินของราชการ,\"1. จัดทำแนวปฏิบัติการใช้ทรัพย์สิน\n2. กำหนดขั้นตอนการขออนุญาตยืม\",กองคลัง,2022-10,2023-09,ดำเนินการแล้ว,\"เผยแพร่คู่มือการยืมและคืนพัสดุ\nตรวจเลขไมล์ทุกเดือน\",2", csv, StringComparison.Ordinal);
        Assert.DoesNotContain('☑', csv);

        using var json = JsonDocument.Parse(site.ReadOutput("data/improvements-eit.json"));
        var row = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal(7, row.GetProperty("indicator").GetInt32());
        Assert.Equal("อยู่ระหว่างดำเนินการ", row.GetProperty("status").GetString());
        Assert.Equal("2022-11", row.GetProperty("from").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("measures").ValueKind);
    }

    [Theory]
    [InlineData("year: 2566", "  - indicator: 9", DiagnosticCodes.DataUnknownIndicator, 5, 16)]
    [InlineData("year: 2570", "  - indicator: 4", DiagnosticCodes.DataUnknownYear, 3, 7)]
    [InlineData("year: 2566", "  - indicator: 4\n    measures: [3]", DiagnosticCodes.DataUnknownMeasure, 6, 16)]
    [InlineData("year: 2566", "  - indicator: 4\n    status: finished", DiagnosticCodes.InvalidValue, 6, 13)]
    [InlineData("year: 2566", "  - indicator: 4\n    to: 2565-09", DiagnosticCodes.DataInconsistent, 6, 9)]
    public async Task Errors_point_at_the_value(string yearLine, string rowStart, string code, int line, int column)
    {
        // a row whose own keys come after rowStart's; the first key given wins, so the defaults below fill the rest
        var row = rowStart + "\n    guidelines: [g]\n    responsible: r\n    from: 2565-10\n    to: 2566-09\n    status: done\n    results: [x]\n";
        var yaml = $"kind: perception-improvements\ntitle: t\n{yearLine}\nrows:\n{Dedupe(row)}";
        using var site = SiteWith(yaml);
        var result = await site.BuildAsync(write: false);
        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal(code, error.Code);
        Assert.Equal(new SourceSpan("content/data/improvements.yaml", line, column), error.Span);
    }

    [Fact]
    public async Task Duplicate_indicators_are_errors_and_a_measure_that_does_not_list_the_indicator_is_a_warning()
    {
        var yaml = """
            kind: perception-improvements
            title: t
            year: 2566
            rows:
              - { indicator: 5, guidelines: [g], responsible: r, from: 2565-10, to: 2566-09, status: done, results: [x], measures: [2] }
              - { indicator: 5, guidelines: [g], responsible: r, from: 2565-10, to: 2566-09, status: done }
            """;
        using var site = SiteWith(yaml);
        var result = await site.BuildAsync(write: false);
        var all = result.Diagnostics.Sorted().ToList();
        var warning = Assert.Single(all, d => d.Severity == Severity.Warning && d.Code == DiagnosticCodes.DataInconsistent && d.Span.Line == 5);
        Assert.Contains("measure 2 does not list indicator 5", warning.Message, StringComparison.Ordinal);
        Assert.Contains(all, d => d.Severity == Severity.Warning && d.Code == DiagnosticCodes.DataInconsistent && d.Span == new SourceSpan("content/data/improvements.yaml", 6, 90));
        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal(DiagnosticCodes.DataInconsistent, error.Code);
        Assert.Equal(new SourceSpan("content/data/improvements.yaml", 6, 18), error.Span);
    }

    /// <summary>Keeps the first occurrence of each key of the row (YAML forbids duplicate keys).</summary>
    private static string Dedupe(string row)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = row.Split('\n').Where(l =>
        {
            var key = l.TrimStart(' ', '-').Split(':')[0];
            return l.Length == 0 || seen.Add(key);
        });
        return string.Join('\n', lines);
    }
}
