using ItaSite.Tests.Support;

namespace ItaSite.Tests.Hostile;

/// <summary>Links and images written in raw HTML are resolved, published and checked like Markdown links.</summary>
public class RawHtmlLinkTests
{
    private const string Page = """
        ---
        title: เอกสารประกอบ
        ---
        ## หัวข้อ

        <table>
        <tr><td><a href="../files/report.pdf" title="a > b">รายงาน</a></td>
        <td><img src="photo.png" alt="ภาพกิจกรรม"></td></tr>
        <tr><td><a href='other.md#ส่วนที่-2'>หน้าอื่น</a> <a href="#หัวข้อ">บนหน้านี้</a></td>
        <td><a href="https://www.nacc.go.th/?a=1&amp;b=2">ป.ป.ช.</a></td></tr>
        </table>

        <!-- <a href="commented-out.md">ไม่นับ</a> -->

        ข้อความ <a href="missing.md">ลิงก์เสีย</a> และ <img src="photo.png">
        """;

    [Fact]
    public async Task Raw_html_links_point_at_the_published_files()
    {
        using var site = TestSite.WithBasics();
        site.Write("pages/docs/index.md", Page.Replace("missing.md", "other.md", StringComparison.Ordinal).Replace("<img src=\"photo.png\">", "<img src=\"photo.png\" alt=\"ภาพ\">", StringComparison.Ordinal));
        site.Write("pages/docs/other.md", "---\ntitle: หน้าอื่น\n---\n## ส่วนที่ 2\n\nเนื้อหา\n");
        site.WriteBytes("pages/files/report.pdf", "%PDF-1.4 x"u8.ToArray());
        site.WriteBytes("pages/docs/photo.png", [0x89, 0x50, 0x4E, 0x47]);
        var result = await site.BuildAsync(pdfToText: null);
        Assert.True(result.Succeeded, TestSite.Lines(result));
        Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.Code is "ITA3001" or "ITA3007");

        var main = site.Html("docs/index.html").QuerySelector("main")!;
        var pageFolder = Path.Combine(site.OutputDir, "docs");
        foreach (var url in main.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!))
        {
            if (url.StartsWith("https:", StringComparison.Ordinal) || url.StartsWith('#'))
            {
                continue;
            }

            var path = Uri.UnescapeDataString(url.Split('#')[0]);
            var target = Path.GetFullPath(Path.Combine(pageFolder, path));
            Assert.True(File.Exists(target) || File.Exists(Path.Combine(target, "index.html")), $"{url} does not reach a published file");
        }

        Assert.Equal("https://www.nacc.go.th/?a=1&b=2", main.QuerySelector("a[href^='https']")!.GetAttribute("href"));
        Assert.Equal("a > b", main.QuerySelector("a[title]")!.GetAttribute("title"));
        Assert.Contains(main.QuerySelectorAll("a"), a => a.GetAttribute("href")!.EndsWith("#ส่วนที่-2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Broken_raw_html_links_and_images_without_alt_are_reported_where_written()
    {
        using var site = TestSite.WithBasics();
        site.Write("pages/docs/index.md", Page);
        site.Write("pages/docs/other.md", "---\ntitle: หน้าอื่น\n---\n## ส่วนที่ 2\n");
        site.WriteBytes("pages/files/report.pdf", "%PDF-1.4 x"u8.ToArray());
        site.WriteBytes("pages/docs/photo.png", [0x89, 0x50, 0x4E, 0x47]);
        var result = await site.BuildAsync(pdfToText: null);

        var broken = Assert.Single(TestSite.Errors(result));
        Assert.Contains("missing.md", broken.Message, StringComparison.Ordinal);
        Assert.Equal(("content/pages/docs/index.md", 15), (broken.Span.File, broken.Span.Line));
        var noAlt = Assert.Single(result.Diagnostics.Sorted(), d => d.Message.Contains("alternative text", StringComparison.Ordinal));
        Assert.Equal(15, noAlt.Span.Line);
        Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.Message.Contains("commented-out", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unclosed_tags_in_bulk_neither_hang_nor_break_the_page()
    {
        using var site = TestSite.WithBasics();
        var lines = string.Join("\n", Enumerable.Repeat(string.Concat(Enumerable.Repeat("<br x=\"1\" y ", 1_000)), 30));
        site.Write("pages/bulk.md", "---\ntitle: t\n---\n<div x\n" + lines + "\n\n<a href=\"qa.md\">ถาม-ตอบ</a>\n"); // a block with no '>' at all
        var result = await site.BuildAsync(pdfToText: null);
        Assert.True(result.Succeeded, TestSite.Lines(result));
        Assert.Equal("../qa/", site.Html("bulk/index.html").QuerySelector("main a[href$='qa/']")?.GetAttribute("href"));
    }
}
