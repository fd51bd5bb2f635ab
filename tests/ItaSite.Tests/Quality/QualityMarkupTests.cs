using ItaSite.Tests.Support;

namespace ItaSite.Tests.Quality;

/// <summary>Markup the browser quality gates depend on, checked quickly without a browser.</summary>
public class QualityMarkupTests
{
    [Fact]
    public async Task Table_alignment_becomes_classes_because_the_csp_refuses_style_attributes()
    {
        using var site = TestSite.WithBasics();
        site.Write("oit/2566/o13.md", TestSite.Item("O13", body: "## งบประมาณ\n\n| รายการ | จำนวนเงิน (บาท) | หมายเหตุ |\n|:---|---:|:---:|\n| ค่าจ้าง | 1,000 | - |\n"));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));

        var html = site.ReadOutput("oit/2566/o13/index.html");
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        var doc = site.Html("oit/2566/o13/index.html");
        var cells = doc.QuerySelectorAll(".prose tbody td").Select(td => td.ClassName).ToList();
        Assert.Equal(["align-left", "align-right", "align-center"], cells);
        Assert.Equal("align-right", doc.QuerySelectorAll(".prose thead th")[1].ClassName);

        var wrap = doc.QuerySelector(".prose table")!.ParentElement!;
        Assert.Equal("table-wrap", wrap.ClassName);
        Assert.Equal("0", wrap.GetAttribute("tabindex"));
        Assert.Equal("section", wrap.LocalName);
        Assert.Equal("ตารางที่ 1 งบประมาณ", wrap.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task Internal_links_and_attachments_carry_their_absolute_url_for_print()
    {
        using var site = TestSite.WithBasics();
        site.WriteBytes("oit/2566/files/plan.pdf", "%PDF-1.4\n"u8.ToArray());
        site.Write("oit/2566/o12.md", TestSite.Item(
            "O12",
            "attachments:\n  - { file: files/plan.pdf, title: แผนดำเนินงาน }\n",
            "ดู[ถาม-ตอบ](/qa/) และ[ผลการดำเนินงาน](o13.md#ผล) หรือ[ป.ป.ช.](https://www.nacc.go.th/)\n"));
        site.Write("oit/2566/o13.md", TestSite.Item("O13", body: "## ผล\n\nข้อความ\n"));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));

        var doc = site.Html("oit/2566/o12/index.html");
        var prose = doc.QuerySelectorAll(".prose a").ToDictionary(a => a.TextContent, a => a.GetAttribute("data-print-url"));
        Assert.Equal("https://www.example.go.th/ita/qa/", prose["ถาม-ตอบ"]);
        Assert.Equal("https://www.example.go.th/ita/oit/2566/o13/#ผล", prose["ผลการดำเนินงาน"]);
        Assert.Null(prose["ป.ป.ช."]);
        var attachment = doc.QuerySelector(".attachments a")!;
        Assert.Equal("https://www.example.go.th/ita/oit/2566/files/plan.pdf", attachment.GetAttribute("data-print-url"));
        Assert.Equal("../files/plan.pdf", attachment.GetAttribute("href"));
    }

    [Fact]
    public async Task Phone_numbers_in_tel_links_do_not_wrap()
    {
        using var site = TestSite.WithBasics();
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));

        var phones = site.Html("index.html").QuerySelectorAll("a[href^='tel:']").Select(a => a.TextContent).ToList();
        Assert.Contains("0\u00A04300\u00A00000", phones);
        Assert.All(phones, p => Assert.DoesNotContain(' ', p));
    }
}
