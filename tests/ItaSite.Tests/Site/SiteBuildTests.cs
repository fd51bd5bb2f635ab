using System.Text.Json;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Site;

public class SiteBuildTests
{
    private static TestSite SmallSite()
    {
        var site = TestSite.WithBasics();
        site.Write("oit/2566/o1.md", TestSite.Item("O1", "evidence:\n  c1: \"#แผนผังโครงสร้าง\"\n  c2: files/chart.pdf\nattachments:\n  - file: files/chart.pdf\n    title: แผนผังโครงสร้างองค์กร\n", "## แผนผังโครงสร้าง\n\nดู[ข้อมูลผู้บริหาร](o2.md) และ[ช่องทางร้องเรียน](../../pages/complaints/corruption.md)\n"));
        site.Write("oit/2566/o2.md", "---\nindicator: O2\nstatus: in-progress\nresponsible: สำนักปลัด\n---\n## ผู้บริหาร\n\nนายกองค์การบริหารส่วนตำบล\n");
        site.Write("oit/2566/o28.md", TestSite.Item("O28", "evidence:\n  c1: /complaints/corruption/\n"));
        site.WriteBytes("oit/2566/files/chart.pdf", "%PDF-1.4\n%test\n"u8.ToArray());
        return site;
    }

    [Fact]
    public async Task Builds_every_framework_item_page_with_its_components()
    {
        using var site = SmallSite();
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        for (var n = 1; n <= 43; n++)
        {
            var doc = site.Html($"oit/2566/o{n}/index.html");
            Assert.Equal($"O{n}", doc.QuerySelector("article.page--item")!.GetAttribute("data-item"));
            Assert.NotEmpty(doc.QuerySelectorAll(".checklist__item"));
            Assert.StartsWith($"O{n} ", doc.QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
        }

        var o1 = site.Html("oit/2566/o1/index.html");
        Assert.Contains("โครงสร้าง", o1.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, o1.QuerySelectorAll(".checklist__item--covered").Length);
        Assert.Equal("#แผนผังโครงสร้าง", o1.QuerySelector("[data-component=c1] .checklist__evidence a")!.GetAttribute("href"));
        Assert.Equal("../files/chart.pdf", o1.QuerySelector("[data-component=c2] .checklist__evidence a")!.GetAttribute("href"));
        Assert.Equal("ดำเนินการแล้ว", o1.QuerySelector(".status")!.TextContent);
        Assert.Contains("15 มีนาคม 2566", o1.QuerySelector(".item-meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("แผนผังโครงสร้าง", o1.QuerySelector(".prose h2")!.Id);
        Assert.Equal("../o2/", o1.QuerySelector(".prose a")!.GetAttribute("href"));
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "oit/2566/files/chart.pdf")));

        var o5 = site.Html("oit/2566/o5/index.html");
        Assert.Equal("ยังไม่ได้ดำเนินการ", o5.QuerySelector(".status")!.TextContent);
        Assert.Empty(o5.QuerySelectorAll(".checklist__item--covered"));
        Assert.Contains(result.Diagnostics.Sorted(), d => d.Code == "ITA2003" && d.Message.StartsWith("O5 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Oit_index_links_all_43_items_grouped_by_sub_indicator()
    {
        using var site = SmallSite();
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var index = site.Html("oit/2566/index.html");
        var rows = index.QuerySelectorAll("tr[data-item]");
        Assert.Equal(43, rows.Length);
        Assert.Equal(Enumerable.Range(1, 43).Select(n => $"o{n}/"), rows.Select(r => r.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(7, index.QuerySelectorAll("section.sub-indicator").Length);
        Assert.Equal("อยู่ระหว่างดำเนินการ", index.QuerySelector("tr[data-item=O2] .status")!.TextContent);
    }

    [Fact]
    public async Task Every_page_is_thai_has_main_and_both_complaint_channels()
    {
        using var site = SmallSite();
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var files = site.OutputHtmlFiles().ToList();
        Assert.True(files.Count >= 50, $"only {files.Count} pages");
        foreach (var file in files)
        {
            var doc = site.Html(file);
            Assert.Equal("th", doc.DocumentElement.GetAttribute("lang"));
            Assert.NotNull(doc.QuerySelector("main#main"));
            Assert.NotNull(doc.QuerySelector("[data-channel=anti-corruption][href]"));
            Assert.NotNull(doc.QuerySelector("[data-channel=general][href]"));
            Assert.NotNull(doc.QuerySelector("[data-channel=qa][href]"));
            Assert.NotEqual(
                doc.QuerySelector("[data-channel=anti-corruption]")!.GetAttribute("href"),
                doc.QuerySelector("[data-channel=general]")!.GetAttribute("href"));
            var raw = site.ReadOutput(file);
            Assert.DoesNotMatch("&#(x0*[Ee][0-7][0-9A-Fa-f]|3[5-6][0-9]{2});", raw);
            Assert.Contains("องค์การบริหารส่วนตำบลทดสอบ", raw, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task No_internal_link_is_broken()
    {
        using var site = SmallSite();
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        Assert.Empty(LinkWalker.BrokenInternalLinks(site.OutputDir));
        var notFound = site.Html("404.html");
        Assert.All(notFound.QuerySelectorAll("main a"), a => Assert.StartsWith("/ita/", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Manifest_lists_every_item_with_its_url()
    {
        using var site = SmallSite();
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        using var json = JsonDocument.Parse(site.ReadOutput("oit/manifest.json"));
        var items = json.RootElement.GetProperty("years")[0].GetProperty("items");
        Assert.Equal(43, items.GetArrayLength());
        var o17 = items.EnumerateArray().Single(i => i.GetProperty("code").GetString() == "O17");
        Assert.Equal("/oit/2566/o17/", o17.GetProperty("path").GetString());
        Assert.Equal("https://www.example.go.th/ita/oit/2566/o17/", o17.GetProperty("url").GetString());
        Assert.Equal("9.2", o17.GetProperty("sub_indicator").GetString());
        var o2 = items.EnumerateArray().Single(i => i.GetProperty("code").GetString() == "O2");
        Assert.Equal("in-progress", o2.GetProperty("status").GetString());
        Assert.Contains("ข้อมูลผู้บริหาร", site.ReadOutput("oit/manifest.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Measures_get_pages_and_the_items_they_address_link_to_them()
    {
        using var site = SmallSite();
        site.Write("measures/2566/m01.md", """
            ---
            measure: 1
            title: มาตรการเสริมสร้างความซื่อสัตย์สุจริต
            indicators: [O1, O42]
            perception_indicators: [4]
            method: |
              ๑. จัดทำคู่มือ
              ๒. จัดอบรม
            period: ตลอดปีงบประมาณ
            start: 2022-10-01
            end: 2023-09-30
            responsible: สำนักปลัด
            status: done
            rounds:
              - { months: 6, status: in-progress, result: ดำเนินการแล้วร้อยละ 50 }
              - { months: 12, status: done, result: ดำเนินการครบถ้วน, outcome: บุคลากรเข้าอบรมครบ }
            ---
            ที่มาของมาตรการ
            """);
        site.Write("oit/2566/o43.md", TestSite.Item("O43", "include: [measures-progress]\n"));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var measure = site.Html("measures/2566/1/index.html");
        Assert.Contains("มาตรการที่ 1", measure.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ตัวชี้วัดที่ 4", measure.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 ต.ค. 65 – 30 ก.ย. 66", measure.QuerySelector(".item-meta")!.TextContent, StringComparison.Ordinal);
        var o1 = site.Html("oit/2566/o1/index.html");
        Assert.Equal("../../../measures/2566/1/", o1.QuerySelector(".related a")!.GetAttribute("href"));
        var o43 = site.Html("oit/2566/o43/index.html");
        var headers = o43.QuerySelectorAll(".report-table thead th").Select(h => h.TextContent).ToList();
        Assert.Equal(["ลำดับ", "มาตรการ/กิจกรรม", "วิธีการดำเนินการ", "ระยะเวลา", "ผู้รับผิดชอบ", "ผลการดำเนินการ", "ผลลัพธ์"], headers);
        Assert.Contains("บุคลากรเข้าอบรมครบ", o43.QuerySelector(".report-table tbody")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Thai_digits_setting_reaches_dates_on_pages()
    {
        using var site = SmallSite();
        site.Write("site.yaml", TestSite.MinimalSiteYaml + "\nthai_digits: true\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        Assert.Contains("๑๕ มีนาคม ๒๕๖๖", site.Html("oit/2566/o1/index.html").QuerySelector(".item-meta")!.TextContent, StringComparison.Ordinal);
    }
}
