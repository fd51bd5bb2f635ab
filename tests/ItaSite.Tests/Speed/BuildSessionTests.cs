using ItaSite.Generator.Pipeline;
using ItaSite.Generator.Incremental;

namespace ItaSite.Tests.Speed;

public class BuildSessionTests
{
    [Fact]
    public async Task Incremental_rebuilds_equal_a_from_scratch_build_and_redo_only_what_changed()
    {
        using var site = SpeedSites.Create(40);
        var session = new BuildSession(Options(site));
        var first = await session.BuildAsync(TestContext.Current.CancellationToken);
        Assert.True(first.Result.Succeeded, string.Join("\n", first.Result.Diagnostics.Sorted()));
        await SpeedSites.AssertEqualsFromScratch(site, first);

        var unchanged = await session.BuildAsync(TestContext.Current.CancellationToken);
        Assert.Equal((0, 0, 0), (unchanged.Parsed, unchanged.MarkdownRendered, unchanged.PagesRendered));
        Assert.Empty(unchanged.Changed);

        // A body edit of one plain page: only that page, and the search index that holds its text.
        site.Write("pages/news/n005.md", "---\ntitle: ข่าวประชาสัมพันธ์ฉบับที่ 5\n---\nเนื้อหาใหม่ของข่าว\n");
        var body = await session.BuildAsync(TestContext.Current.CancellationToken);
        Assert.Equal((1, 1, 1), (body.Parsed, body.MarkdownRendered, body.PagesRendered));
        Assert.Equal(["news/n005/index.html", "search/display.json.gz", "search/text.bin.gz"], body.Changed);
        Assert.Contains("เนื้อหาใหม่ของข่าว", System.Text.Encoding.UTF8.GetString(session.Find("news/n005/index.html")!.Content!));
        await SpeedSites.AssertEqualsFromScratch(site, body);

        // A measure edit: the measure page, plus the items that list the measures of its year.
        site.Write("measures/2566/m2.md", "---\nmeasure: 2\ntitle: ลดขั้นตอนและระยะเวลาการให้บริการ\nindicators: [O2]\n---\nรายละเอียด\n");
        var measure = await session.BuildAsync(TestContext.Current.CancellationToken);
        Assert.Contains("measures/2566/2/index.html", measure.Changed);
        Assert.Contains("oit/2566/o2/index.html", measure.Changed);
        Assert.True(measure.PagesRendered < 60, $"{measure.PagesRendered} pages rendered");
        await SpeedSites.AssertEqualsFromScratch(site, measure);

        // An item's status: the item, the OIT index of its year and the home page's counts.
        site.Write("oit/2566/o2.md", TestSiteItem("in-progress"));
        var item = await session.BuildAsync(TestContext.Current.CancellationToken);
        Assert.Contains("oit/2566/o2/index.html", item.Changed);
        Assert.Contains("oit/2566/index.html", item.Changed);
        await SpeedSites.AssertEqualsFromScratch(site, item);

        // A new page and a removed page change the site's shape: links elsewhere may change, so everything is checked again.
        site.Write("pages/news/extra.md", "---\ntitle: ข่าวเพิ่ม\nmenu: 3\n---\nข่าวเพิ่มเติม\n");
        File.Delete(Path.Combine(site.ContentDir, "pages/news/n039.md"));
        var shape = await session.BuildAsync(TestContext.Current.CancellationToken);
        Assert.Contains("news/extra/index.html", shape.Changed);
        Assert.Contains("news/n039/index.html", shape.Changed);
        Assert.Null(session.Find("news/n039/index.html"));
        await SpeedSites.AssertEqualsFromScratch(site, shape);
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_output_and_reports_positioned_errors()
    {
        using var site = SpeedSites.Create(3);
        var session = new BuildSession(Options(site));
        Assert.True((await session.BuildAsync(TestContext.Current.CancellationToken)).Result.Succeeded);

        site.Write("pages/news/n001.md", "---\ntitle: [ไม่ปิด\n---\nข่าว\n");
        var broken = await session.BuildAsync(TestContext.Current.CancellationToken);
        Assert.False(broken.Result.Succeeded);
        Assert.Contains(broken.Result.Diagnostics.Sorted(), d => d.Code == "ITA1001" && d.Span.File.EndsWith("n001.md", StringComparison.Ordinal) && d.Span.Line == 3);
        Assert.NotNull(session.Find("news/n001/index.html"));

        // The error is reported again on the next build even though the file is not parsed again.
        var still = await session.BuildAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, still.Parsed);
        Assert.Contains(still.Result.Diagnostics.Sorted(), d => d.Code == "ITA1001");
    }

    internal static BuildOptions Options(Support.TestSite site) =>
        TestBuilds.Writing(site.ContentDir, site.OutputDir);

    private static string TestSiteItem(string status) =>
        $"---\nindicator: O2\nstatus: {status}\nresponsible: สำนักปลัด\nupdated: 2023-03-15\n---\nข้อมูลผู้บริหาร [ถาม-ตอบ](/qa/)\n";
}
