using System.Text.Json;
using ItaSite.Generator.Data;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Data;

/// <summary>Quarterly (ไตรมาส) and first-six-months totals of O16/O29, summed from the monthly data.</summary>
public sealed class PeriodTotalsTests
{
    private static YearMonth[] Months(params string[] texts) =>
        [.. texts.Select(t => YearMonth.TryParse(t, out var m) ? m : throw new ArgumentException(t))];

    [Fact]
    public void A_full_fiscal_year_has_four_quarters_then_the_first_half()
    {
        var months = Months("2565-10", "2565-11", "2565-12", "2566-01", "2566-02", "2566-03", "2566-04", "2566-05", "2566-06", "2566-07", "2566-08", "2566-09");
        var periods = StatisticsPeriods.Of(months);
        Assert.Equal(["q1", "q2", "q3", "q4", "first_half"], periods.Select(p => p.Key));
        Assert.Equal(["ไตรมาสที่ 1", "ไตรมาสที่ 2", "ไตรมาสที่ 3", "ไตรมาสที่ 4", "รอบ 6 เดือนแรก"], periods.Select(p => p.Label));
        Assert.Equal([0, 1, 2], periods[0].MonthIndexes);
        Assert.Equal([9, 10, 11], periods[3].MonthIndexes);
        Assert.Equal([0, 1, 2, 3, 4, 5], periods[4].MonthIndexes);
        Assert.Equal(new YearMonth(2022, 10), periods[0].From);
        Assert.Equal(new YearMonth(2022, 12), periods[0].To);
        Assert.Equal(new YearMonth(2023, 3), periods[4].To);
        Assert.All(periods, p => Assert.True(p.Complete));
        Assert.Equal("ต.ค. 65 – ธ.ค. 65", StatisticsPeriods.Range(periods[0]));
    }

    [Fact]
    public void Missing_months_leave_periods_incomplete_and_sums_use_only_the_months_present()
    {
        var months = Months("2565-11", "2565-12", "2566-01");
        var periods = StatisticsPeriods.Of(months);
        Assert.Equal(["q1", "q2", "first_half"], periods.Select(p => p.Key));
        Assert.False(periods[0].Complete);
        Assert.Equal(3, periods[0].Length);
        Assert.Equal(6, periods[2].Length);
        Assert.Equal(5 + 7, periods[0].Sum([5, 7, 100]));
        Assert.Equal(100, periods[1].Sum([5, 7, 100]));
        Assert.Equal(112, periods[2].Sum([5, 7, 100]));
    }

    [Fact]
    public void Two_fiscal_years_are_named_and_keyed_by_year_and_bad_months_are_skipped()
    {
        var periods = StatisticsPeriods.Of([new YearMonth(2023, 9), default, new YearMonth(2023, 10)]);
        Assert.Equal(["2566-q4", "2567-q1", "2567-first_half"], periods.Select(p => p.Key));
        Assert.Equal("ไตรมาสที่ 4 ปีงบประมาณ 2566", periods[0].Label);
        Assert.Equal([2], periods[1].MonthIndexes);
    }

    [Fact]
    public async Task Complaint_quarters_table_sums_the_months_and_is_published_as_csv_and_json()
    {
        var yaml = """
            kind: complaint-statistics
            title: สถิติเรื่องร้องเรียน
            months:
              - { month: 2565-10, received: 2, completed: 1, in_progress: 1 }
              - { month: 2565-11, received: 0, completed: 0, in_progress: 0 }
              - { month: 2565-12, received: 3, completed: 3, in_progress: 0 }
              - { month: 2566-01, received: 4, completed: 2, in_progress: 2 }
            """;
        using var site = TestSite.WithBasics();
        site.Write("data/complaints.yaml", yaml);
        site.Write("oit/2566/o29.md", TestSite.Item("O29", body: "::data[complaints]\n"));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));

        var html = site.Html("oit/2566/o29/index.html");
        var table = html.QuerySelector("#table-complaints-quarters")!;
        Assert.Equal("สถิติเรื่องร้องเรียน: รายไตรมาสและรอบ 6 เดือน", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["ไตรมาสที่ 1", "ไตรมาสที่ 2", "รอบ 6 เดือนแรก"], table.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent.Trim()));
        var q1 = table.QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["ตุลาคม 2565", "ธันวาคม 2565", "3", "5", "4", "1"], q1);
        Assert.Equal(2, html.QuerySelectorAll(".data-downloads a[href$='complaints-quarters.csv'], .data-downloads a[href$='complaints-quarters.json']").Length);

        var csv = site.ReadOutput("data/complaints-quarters.csv").TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("ช่วงเวลา,ตั้งแต่เดือน,ถึงเดือน,จำนวนเดือนที่มีข้อมูล,เรื่องที่ได้รับ,ดำเนินการแล้วเสร็จ,อยู่ระหว่างดำเนินการ", csv[0]);
        Assert.Equal("ไตรมาสที่ 2,2023-01,2023-03,1,4,2,2", csv[2]);
        Assert.Equal("รอบ 6 เดือนแรก,2022-10,2023-03,4,9,6,3", csv[3]);
        using var json = JsonDocument.Parse(site.ReadOutput("data/complaints-quarters.json"));
        Assert.Equal(9, json.RootElement.GetProperty("rows")[2].GetProperty("received").GetInt32());
    }

    [Fact]
    public async Task Service_quarters_table_has_one_column_per_period_and_a_totals_row()
    {
        var yaml = "kind: service-statistics\ntitle: สถิติบริการ\nmonths: [2565-10, 2565-11, 2565-12, 2566-01, 2566-02]\nservices:\n  - { name: ก, counts: [1, 2, 3, 4, 5] }\n  - { name: ข, counts: [10, 0, 0, 1, 0] }\n";
        using var site = TestSite.WithBasics();
        site.Write("site.yaml", TestSite.MinimalSiteYaml + "\nthai_digits: true\n");
        site.Write("data/services.yaml", yaml);
        site.Write("oit/2566/o16.md", TestSite.Item("O16", body: "::data[services]\n"));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));

        var table = site.Html("oit/2566/o16/index.html").QuerySelector("#table-services-quarters")!;
        Assert.Equal(
            ["งานบริการ", "ไตรมาสที่ ๑ (ต.ค. ๖๕ – ธ.ค. ๖๕)", "ไตรมาสที่ ๒ (ม.ค. ๖๖ – มี.ค. ๖๖, มีข้อมูล ๒ จาก ๓ เดือน)", "รอบ ๖ เดือนแรก (ต.ค. ๖๕ – มี.ค. ๖๖, มีข้อมูล ๕ จาก ๖ เดือน)"],
            table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal(["๖", "๙", "๑๕"], table.QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Equal(["๑๖", "๑๐", "๒๖"], table.QuerySelectorAll("tfoot td").Select(td => td.TextContent.Trim()));

        using var json = JsonDocument.Parse(site.ReadOutput("data/services-quarters.json"));
        var row = json.RootElement.GetProperty("rows")[1];
        Assert.Equal(10, row.GetProperty("q1").GetInt32());
        Assert.Equal(1, row.GetProperty("q2").GetInt32());
        Assert.Equal(11, row.GetProperty("first_half").GetInt32());
    }
}
