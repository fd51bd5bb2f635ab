using System.Text;
using System.Text.Json;
using ItaSite.Generator.Diagnostics;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Data;

/// <summary>Data files in content/data/, the ::data and ::qr directives, their tables, charts and CSV/JSON downloads.</summary>
public sealed class DataPageTests
{
    private const string Complaints = """
        kind: complaint-statistics
        title: สถิติเรื่องร้องเรียน
        months:
          - { month: 2565-10, received: 2, completed: 1, in_progress: 1 }
          - { month: 2565-11, received: 0, completed: 0, in_progress: 0 }
          - { month: 2565-12, received: 3, completed: 3, in_progress: 0 }
        """;

    private const string Procurement = """
        kind: procurement
        title: สรุปผลการจัดซื้อจัดจ้าง
        agency: อบต.ทดสอบ
        months:
          - month: 2565-10
            count: 3
            total: 1234567.5
            reported: 2022-11-04
            items:
              - work: จ้างก่อสร้างถนน
                budget: 1300000
                reference_price: 1290000
                method: e-bidding
                bids: [{ name: หจก.หนึ่ง, price: 1234567.50 }, { name: หจก.สอง, price: 1250000 }]
                winner: { name: หจก.หนึ่ง, price: 1234567.50 }
                reason: ราคาต่ำสุด
                contract: สัญญาเลขที่ 1/2566
                contract_date: 2022-10-20
        """;

    private static TestSite SiteWith(string dataFile, string yaml, string body)
    {
        var site = TestSite.WithBasics();
        site.Write("data/" + dataFile, yaml);
        site.Write("oit/2566/o29.md", TestSite.Item("O29", body: body));
        return site;
    }

    [Fact]
    public async Task Complaint_statistics_render_table_chart_and_downloads()
    {
        using var site = SiteWith("complaints.yaml", Complaints, "## สถิติ\n\n::data[complaints]\n\nหลังตาราง\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));

        var html = site.Html("oit/2566/o29/index.html");
        var table = html.QuerySelector("table.data-table")!;
        Assert.Equal("สถิติเรื่องร้องเรียน", table.QuerySelector("caption")!.TextContent);
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.Equal(3, table.QuerySelectorAll("tbody th[scope=row]").Length);
        Assert.Equal("ตุลาคม 2565", table.QuerySelector("tbody th")!.TextContent.Trim());
        Assert.Equal("5", table.QuerySelectorAll("tfoot td")[0].TextContent.Trim());

        // the block stands where the directive was, between the heading and the following paragraph
        var prose = html.QuerySelector(".prose")!.InnerHtml;
        Assert.True(prose.IndexOf("data-block", StringComparison.Ordinal) < prose.IndexOf("หลังตาราง", StringComparison.Ordinal));

        // one bar per month and series (3 × 3), with a text alternative
        var svg = html.QuerySelector("figure.chart svg")!;
        Assert.Equal(9, svg.QuerySelectorAll("rect.chart__bar").Length);
        Assert.Equal(new[] { "2", "1", "1" }, svg.QuerySelectorAll("rect.chart__bar").Take(3).Select(r => r.GetAttribute("data-value")));
        Assert.Contains("รวม 5 เรื่อง", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("img", svg.GetAttribute("role"));

        var links = html.QuerySelectorAll(".data-downloads a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../../../data/complaints.csv", "../../../data/complaints.json", "../../../data/complaints-quarters.csv", "../../../data/complaints-quarters.json"], links);

        var csv = File.ReadAllBytes(Path.Combine(site.OutputDir, "data/complaints.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        var lines = Encoding.UTF8.GetString(csv, 3, csv.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("เดือน,เรื่องที่ได้รับ,ดำเนินการแล้วเสร็จ,อยู่ระหว่างดำเนินการ", lines[0]);
        Assert.Equal("2022-10,2,1,1", lines[1]);
        Assert.Equal(4, lines.Length);

        using var json = JsonDocument.Parse(site.ReadOutput("data/complaints.json"));
        var rows = json.RootElement.GetProperty("rows");
        Assert.Equal(3, rows.GetArrayLength());
        Assert.Equal(3, rows[2].GetProperty("received").GetInt32());
        Assert.Equal("2022-12", rows[2].GetProperty("month").GetString());
    }

    [Fact]
    public async Task Procurement_money_dates_and_csv_values()
    {
        using var site = SiteWith("procurement-2566.yaml", Procurement, "::data[procurement-2566]\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));

        var html = site.Html("oit/2566/o29/index.html");
        var detail = html.QuerySelector("#table-procurement-2566")!;
        var cells = detail.QuerySelectorAll("tbody td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains("1,300,000.00 บาท", cells);
        Assert.Contains("1,234,567.50 บาท", cells);
        Assert.Contains("20 ต.ค. 2565", cells);
        Assert.Contains("สัญญาเลขที่ 1/2566", cells);
        Assert.Equal("1,234,567.50 บาท", html.QuerySelector("#table-procurement-2566-summary tfoot td:nth-child(3)")!.TextContent.Trim());

        var csv = site.ReadOutput("data/procurement-2566.csv");
        Assert.Contains(",1300000.00,1290000.00,e-bidding,", csv, StringComparison.Ordinal);
        Assert.Contains("\"1) หจก.หนึ่ง 1,234,567.50\n2) หจก.สอง 1,250,000.00\"", csv.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(site.ReadOutput("data/procurement-2566.json"));
        Assert.Equal(1234567.50m, json.RootElement.GetProperty("rows")[0].GetProperty("winner_price").GetDecimal());
        Assert.Equal("2022-10-20", json.RootElement.GetProperty("rows")[0].GetProperty("contract_date").GetString());
    }

    [Fact]
    public async Task Thai_digits_apply_to_data_tables()
    {
        using var site = SiteWith("procurement-2566.yaml", Procurement, "::data[procurement-2566]\n");
        site.Write("site.yaml", TestSite.MinimalSiteYaml + "\nthai_digits: true\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var cells = site.Html("oit/2566/o29/index.html").QuerySelectorAll("#table-procurement-2566 tbody td").Select(td => td.TextContent.Trim());
        Assert.Contains("๑,๒๓๔,๕๖๗.๕๐ บาท", cells);
        Assert.Contains("1234567.50", site.ReadOutput("data/procurement-2566.csv"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Executives_render_cards_with_published_photo()
    {
        var yaml = """
            kind: executives
            title: ผู้บริหาร
            groups:
              - title: คณะผู้บริหาร
                people:
                  - { name: นายหนึ่ง ทดสอบ, position: นายก อบต., phone: "0 4300 0000 ต่อ 101", email: nayok@example.go.th, photo: photos/nayok.svg }
                  - { name: นางสอง ทดสอบ, position: ปลัด อบต. }
            """;
        using var site = SiteWith("executives.yaml", yaml, "::data[executives]\n");
        site.Write("data/photos/nayok.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.UnreferencedFile);
        var cards = site.Html("oit/2566/o29/index.html").QuerySelectorAll(".exec-card");
        Assert.Equal(2, cards.Length);
        var img = cards[0].QuerySelector("img")!;
        Assert.Equal("../../../data/photos/nayok.svg", img.GetAttribute("src"));
        Assert.Equal("รูปถ่าย นายหนึ่ง ทดสอบ", img.GetAttribute("alt"));
        Assert.Equal("tel:043000000;ext=101", cards[0].QuerySelector(".exec-card__phone a")!.GetAttribute("href"));
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "data/photos/nayok.svg")));
        Assert.StartsWith("ชื่อ – นามสกุล,ตำแหน่ง,กลุ่ม", site.ReadOutput("data/executives.csv").TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Service_statistics_chart_has_one_bar_per_month()
    {
        var yaml = "kind: service-statistics\ntitle: สถิติบริการ\nmonths: [2565-10, 2565-11, 2565-12, 2566-01]\nservices:\n  - { name: ก, counts: [1, 2, 3, 4] }\n  - { name: ข, counts: [10, 0, 0, 1] }\n";
        using var site = SiteWith("services.yaml", yaml, "::data[services]\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var html = site.Html("oit/2566/o29/index.html");
        Assert.Equal(["11", "2", "3", "5"], html.QuerySelectorAll("rect.chart__bar").Select(r => r.GetAttribute("data-value")!));
        Assert.Equal(["ต.ค. 65", "พ.ย. 65", "ธ.ค. 65", "ม.ค. 66"], html.QuerySelectorAll("thead th").Skip(1).Take(4).Select(th => th.TextContent));
        Assert.Equal("21", html.QuerySelector("tfoot td:last-child")!.TextContent);
    }

    [Fact]
    public async Task Qr_directive_renders_svg_with_the_link_beside_it()
    {
        using var site = TestSite.WithBasics();
        site.Write("site.yaml", TestSite.MinimalSiteYaml + "\nitas: { eit_url: https://itas.nacc.go.th/go/eit/abc123 }\n");
        site.Write("oit/2566/o43.md", TestSite.Item("O43", body: "::qr[eit]\n"));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var figure = site.Html("oit/2566/o43/index.html").QuerySelector("figure.qr")!;
        Assert.NotNull(figure.QuerySelector("svg[role=img][aria-label]"));
        Assert.Equal("https://itas.nacc.go.th/go/eit/abc123", figure.QuerySelector("a.qr__link")!.TextContent);
    }

    [Theory]
    [InlineData("::data[nope]\n", DiagnosticCodes.UnknownDataSet, 7, 1)]
    [InlineData("text\n\n::qr[iit]\n", DiagnosticCodes.UnknownDataSet, 9, 1)]
    [InlineData("::chart[complaints]\n", DiagnosticCodes.UnknownDirective, 7, 1)]
    public async Task Bad_directives_are_positioned_errors_body_starting_on_line_7(string body, string code, int line, int column)
    {
        using var site = SiteWith("complaints.yaml", Complaints, body);
        var result = await site.BuildAsync(write: false);
        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal(code, error.Code);
        Assert.Equal(new SourceSpan("content/oit/2566/o29.md", line, column), error.Span);
    }

    [Theory]
    [InlineData("  - { month: 2565-10, received: x, completed: 0, in_progress: 0 }", DiagnosticCodes.InvalidValue, 4, 33)]
    [InlineData("  - { month: 2565-10, received: 2, completed: 0, in_progress: 0 }", DiagnosticCodes.DataInconsistent, 4, 33)]
    [InlineData("  - { month: 2565-13, received: 0, completed: 0, in_progress: 0 }", DiagnosticCodes.InvalidValue, 4, 14)]
    [InlineData("  - { month: 2565-10, received: 0, completed: 0 }", DiagnosticCodes.MissingKey, 4, 5)]
    public async Task Data_errors_point_at_the_value(string monthLine, string code, int line, int column)
    {
        using var site = SiteWith("complaints.yaml", $"kind: complaint-statistics\ntitle: t\nmonths:\n{monthLine}\n", "::data[complaints]\n");
        var result = await site.BuildAsync(write: false);
        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal(code, error.Code);
        Assert.Equal(new SourceSpan("content/data/complaints.yaml", line, column), error.Span);
    }

    [Fact]
    public async Task Unknown_keys_kinds_count_mismatch_and_missing_photos_are_reported()
    {
        using var site = TestSite.WithBasics();
        site.Write("data/a.yaml", "kind: complaint-statistics\ntitle: t\nmonths: []\nnote: n\nnotes: typo\n");
        site.Write("data/b.yaml", "kind: budget\ntitle: t\n");
        site.Write("data/c.yaml", "kind: service-statistics\ntitle: t\nmonths: [2565-10, 2565-11]\nservices:\n  - { name: s, counts: [1] }\n");
        site.Write("data/d.yaml", "kind: executives\ntitle: t\ngroups:\n  - title: g\n    people:\n      - { name: n, position: p, photo: missing.jpg }\n");
        var result = await site.BuildAsync(write: false);
        var all = result.Diagnostics.Sorted().ToList();
        Assert.Contains(all, d => d.Code == DiagnosticCodes.UnknownKey && d.Span == new SourceSpan("content/data/a.yaml", 5, 1) && d.Message.Contains("did you mean 'note'", StringComparison.Ordinal));
        Assert.Contains(all, d => d.Code == DiagnosticCodes.InvalidValue && d.Span == new SourceSpan("content/data/b.yaml", 1, 7));
        Assert.Contains(all, d => d.Code == DiagnosticCodes.DataInconsistent && d.Span == new SourceSpan("content/data/c.yaml", 5, 24));
        Assert.Contains(all, d => d.Code == DiagnosticCodes.MissingAttachment && d.Span == new SourceSpan("content/data/d.yaml", 6, 40));
    }
}
