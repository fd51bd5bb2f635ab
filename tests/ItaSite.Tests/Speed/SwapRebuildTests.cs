using ItaSite.Generator.Pipeline;
using ItaSite.Generator.Search;
using static ItaSite.Tests.Speed.SpeedSites;

namespace ItaSite.Tests.Speed;

/// <summary>
/// Serve's reuse (every step's output kept while its inputs are equal by value: parses, bodies, page HTML, search parts)
/// must still rebuild exactly what a from-scratch build writes, whatever the edit changes.
/// </summary>
public class SwapRebuildTests
{
    private static Support.TestSite Site()
    {
        var site = SpeedSites.Create(12);
        site.Write("oit/2566/o1.md", Support.TestSite.Item("O1", "evidence:\n  c1: /complaints/corruption/\n", "## โครงสร้างองค์กร\n\nแผนผังโครงสร้าง\n"));
        site.Write("data/complaints-2566.yaml", Complaints(3));
        site.Write("pages/stats.md", "---\ntitle: สถิติเรื่องร้องเรียน\n---\nก่อนตาราง\n\n::data[complaints-2566]\n");
        return site;
    }

    private static string Complaints(int received) =>
        $"kind: complaint-statistics\ntitle: สถิติเรื่องร้องเรียนประจำปี\nmonths:\n  - {{ month: 2565-10, received: {received}, completed: 1, in_progress: {received - 1} }}\n";

    [Fact]
    public async Task A_title_edit_changes_the_search_index_and_the_evidence_label_that_shows_it()
    {
        using var site = Site();
        var session = await Started(site);

        site.Write("pages/complaints/corruption.md", "---\ntitle: ช่องทางแจ้งเบาะแสการทุจริต\n---\nช่องทางนี้แยกจากเรื่องร้องเรียนทั่วไป\n");
        var edit = await session.BuildAsync([Full(site, "pages/complaints/corruption.md")], TestContext.Current.CancellationToken);

        Assert.Equal(1, edit.Read);

        Assert.True(session.LastLoadPatched);
        Assert.Contains(SearchIndexBuilder.IndexPath, edit.Changed);
        Assert.Contains(SearchIndexBuilder.TextPath, edit.Changed);
        Assert.Contains("ช่องทางแจ้งเบาะแสการทุจริต", Gunzip(session, SearchIndexBuilder.IndexPath));
        Assert.DoesNotContain("\"แจ้งเรื่องร้องเรียนการทุจริต\"", Gunzip(session, SearchIndexBuilder.IndexPath));
        Assert.Contains("oit/2566/o1/index.html", edit.Changed);
        Assert.Contains("ช่องทางแจ้งเบาะแสการทุจริต", Html(session, "oit/2566/o1/index.html"));
        await SpeedSites.AssertEqualsFromScratch(site, edit);
    }

    [Fact]
    public async Task A_menu_title_edit_changes_every_page_s_navigation()
    {
        using var site = Site();
        var session = await Started(site);

        site.Write("pages/qa.md", "---\ntitle: คำถามที่พบบ่อย\nmenu: 1\n---\n## คำถามที่พบบ่อย\n\nถาม: ติดต่ออย่างไร\n");
        var edit = await session.BuildAsync([Full(site, "pages/qa.md")], TestContext.Current.CancellationToken);

        Assert.Contains("news/n003/index.html", edit.Changed);
        Assert.Contains("คำถามที่พบบ่อย", Html(session, "news/n003/index.html"));
        await SpeedSites.AssertEqualsFromScratch(site, edit);
    }

    [Fact]
    public async Task A_data_file_edit_re_renders_and_re_indexes_the_page_that_shows_it()
    {
        using var site = Site();
        var session = await Started(site);
        var before = Html(session, "stats/index.html");

        site.Write("data/complaints-2566.yaml", Complaints(47));
        var edit = await session.BuildAsync([Full(site, "data/complaints-2566.yaml")], TestContext.Current.CancellationToken);

        Assert.Equal(1, edit.Read);

        Assert.True(session.LastLoadPatched);
        Assert.Contains("stats/index.html", edit.Changed);
        Assert.NotEqual(before, Html(session, "stats/index.html"));
        Assert.Contains(SearchIndexBuilder.TextPath, edit.Changed);
        await SpeedSites.AssertEqualsFromScratch(site, edit);
    }

    [Fact]
    public async Task Swapped_items_measures_and_the_home_page_re_render_the_pages_that_show_them()
    {
        using var site = Site();
        var session = await Started(site);

        // An item's status: the item, the OIT index of its year and the home page's counts.
        site.Write("oit/2566/o2.md", "---\nindicator: O2\nstatus: in-progress\nresponsible: กองคลัง\nupdated: 2023-03-15\n---\nข้อมูลผู้บริหาร\n");
        var item = await session.BuildAsync([Full(site, "oit/2566/o2.md")], TestContext.Current.CancellationToken);
        Assert.Equal(1, item.Read);
        Assert.True(session.LastLoadPatched);
        Assert.Contains("oit/2566/o2/index.html", item.Changed);
        Assert.Contains("oit/2566/index.html", item.Changed);
        Assert.Contains("index.html", item.Changed);
        await SpeedSites.AssertEqualsFromScratch(site, item);

        // A measure's title: the measure and the item that lists its year's measures.
        site.Write("measures/2566/m1.md", "---\nmeasure: 1\ntitle: เปิดเผยข้อมูลการจัดซื้อจัดจ้างทุกไตรมาส\nindicators: [O1, O42]\nstatus: in-progress\n---\nรายละเอียดมาตรการ\n");
        var measure = await session.BuildAsync([Full(site, "measures/2566/m1.md")], TestContext.Current.CancellationToken);
        Assert.Contains("measures/2566/1/index.html", measure.Changed);
        Assert.Contains("oit/2566/o42/index.html", measure.Changed);
        Assert.Contains("ทุกไตรมาส", Html(session, "oit/2566/o42/index.html"));
        await SpeedSites.AssertEqualsFromScratch(site, measure);

        // An item's own title (shown as other items' evidence labels and in the index).
        site.Write("oit/2566/o2.md", "---\nindicator: O2\ntitle: ข้อมูลผู้บริหารสูงสุด\nstatus: in-progress\nresponsible: กองคลัง\nupdated: 2023-03-15\n---\nข้อมูลผู้บริหาร\n");
        var title = await session.BuildAsync([Full(site, "oit/2566/o2.md")], TestContext.Current.CancellationToken);
        Assert.Contains("ข้อมูลผู้บริหารสูงสุด", Html(session, "oit/2566/index.html"));
        await SpeedSites.AssertEqualsFromScratch(site, title);

        // The home page's body, then two pages at once.
        site.Write("pages/index.md", "---\ntitle: หน้าแรก\n---\nยินดีต้อนรับ ฉบับปรับปรุง\n");
        var home = await session.BuildAsync([Full(site, "pages/index.md")], TestContext.Current.CancellationToken);
        Assert.Contains("index.html", home.Changed);
        await SpeedSites.AssertEqualsFromScratch(site, home);
        site.Write("pages/news/n001.md", "---\ntitle: ข่าวประชาสัมพันธ์ฉบับที่ 1\n---\nสองหน้าพร้อมกัน\n");
        site.Write("oit/2566/o1.md", Support.TestSite.Item("O1", "evidence:\n  c1: /complaints/corruption/\n", "สองหน้าพร้อมกัน\n"));
        var both = await session.BuildAsync([Full(site, "pages/news/n001.md"), Full(site, "oit/2566/o1.md")], TestContext.Current.CancellationToken);
        Assert.Contains("news/n001/index.html", both.Changed);
        Assert.Contains("oit/2566/o1/index.html", both.Changed);
        await SpeedSites.AssertEqualsFromScratch(site, both);
    }

    [Fact]
    public async Task The_sitemap_is_reused_while_its_paths_and_dates_stand_and_follows_an_item_s_date_and_a_new_page()
    {
        using var site = Site();
        var session = await Started(site);
        var sitemap = session.Find("sitemap.xml");

        site.Write("pages/news/n002.md", "---\ntitle: ข่าวประชาสัมพันธ์ฉบับที่ 2\n---\nเนื้อหาที่แก้\n");
        var body = await session.BuildAsync([Full(site, "pages/news/n002.md")], TestContext.Current.CancellationToken);
        Assert.Same(sitemap, session.Find("sitemap.xml"));
        await SpeedSites.AssertEqualsFromScratch(site, body);

        site.Write("oit/2566/o2.md", "---\nindicator: O2\nstatus: in-progress\nresponsible: สำนักปลัด\nupdated: 2023-04-20\n---\nข้อมูลผู้บริหาร\n");
        var dated = await session.BuildAsync([Full(site, "oit/2566/o2.md")], TestContext.Current.CancellationToken);
        Assert.True(dated.Result.Succeeded, string.Join("\n", dated.Result.Diagnostics.Sorted()));
        Assert.Contains("sitemap.xml", dated.Changed);
        Assert.Contains("2023-04-20", Html(session, "sitemap.xml"));
        await SpeedSites.AssertEqualsFromScratch(site, dated);

        site.Write("pages/news/added.md", "---\ntitle: ข่าวใหม่\n---\nข่าวเพิ่ม\n");
        var added = await session.BuildAsync([Full(site, "pages/news/added.md")], TestContext.Current.CancellationToken);
        Assert.Contains("sitemap.xml", added.Changed);
        Assert.Contains("/news/added/", Html(session, "sitemap.xml"));
        await SpeedSites.AssertEqualsFromScratch(site, added);
    }

    [Fact]
    public async Task A_site_yaml_edit_re_renders_every_page_with_the_new_settings()
    {
        using var site = Site();
        var session = await Started(site);
        var yaml = File.ReadAllText(Path.Combine(site.ContentDir, "site.yaml"));
        Assert.DoesNotContain("thai_digits", yaml, StringComparison.Ordinal);
        site.Write("site.yaml", yaml + "\nthai_digits: true\n");
        var edit = await session.BuildAsync([Full(site, "site.yaml")], TestContext.Current.CancellationToken);
        Assert.True(edit.Result.Succeeded, string.Join("\n", edit.Result.Diagnostics.Sorted()));
        Assert.Contains("news/n003/index.html", edit.Changed);
        await SpeedSites.AssertEqualsFromScratch(site, edit);
    }

    [Fact]
    public async Task Item_and_measure_edits_that_change_binding_are_bound_in_full()
    {
        using var site = Site();
        var session = await Started(site);

        // A measure now lists another item: the items that show it follow.
        site.Write("measures/2566/m2.md", "---\nmeasure: 2\ntitle: ลดขั้นตอนการให้บริการ\nindicators: [O1]\n---\nรายละเอียด\n");
        var measure = await session.BuildAsync([Full(site, "measures/2566/m2.md")], TestContext.Current.CancellationToken);
        Assert.Contains("oit/2566/o1/index.html", measure.Changed);
        await SpeedSites.AssertEqualsFromScratch(site, measure);

        // An item page now claims another code: O2 becomes a placeholder, O3 gets the page.
        site.Write("oit/2566/o2.md", Support.TestSite.Item("O3", body: "ย้ายไปข้อสาม\n"));
        var recoded = await session.BuildAsync([Full(site, "oit/2566/o2.md")], TestContext.Current.CancellationToken);
        Assert.Contains("oit/2566/o3/index.html", recoded.Changed);
        Assert.Contains("ย้ายไปข้อสาม", Html(session, "oit/2566/o3/index.html"));
        await SpeedSites.AssertEqualsFromScratch(site, recoded);
    }

    [Fact]
    public async Task An_edit_that_breaks_binding_reports_it_and_the_fix_rebuilds_the_from_scratch_site()
    {
        using var site = Site();
        var session = await Started(site);

        site.Write("oit/2566/o1.md", Support.TestSite.Item("O1", "evidence:\n  c9: /qa/\n"));
        var broken = await session.BuildAsync([Full(site, "oit/2566/o1.md")], TestContext.Current.CancellationToken);
        Assert.False(broken.Result.Succeeded);
        Assert.Contains(broken.Result.Diagnostics.Sorted(), d => d.Code == "ITA2004" || d.Message.Contains("no component 'c9'", StringComparison.Ordinal));

        // Another page's edit while the error stands: still reported.
        site.Write("pages/news/n002.md", "---\ntitle: ข่าวประชาสัมพันธ์ฉบับที่ 2\n---\nแก้ไขระหว่างที่ยังผิดอยู่\n");
        var still = await session.BuildAsync([Full(site, "pages/news/n002.md")], TestContext.Current.CancellationToken);
        Assert.False(still.Result.Succeeded);

        site.Write("oit/2566/o1.md", Support.TestSite.Item("O1", "evidence:\n  c1: /qa/\n", "แก้ไขแล้ว\n"));
        var fixedBuild = await session.BuildAsync([Full(site, "oit/2566/o1.md")], TestContext.Current.CancellationToken);
        await SpeedSites.AssertEqualsFromScratch(site, fixedBuild);

        // And plain edits after that take the cheap path again, to the same bytes.
        site.Write("oit/2566/o1.md", Support.TestSite.Item("O1", "evidence:\n  c1: /qa/\n", "แก้ไขอีกครั้ง\n"));
        await SpeedSites.AssertEqualsFromScratch(site, await session.BuildAsync([Full(site, "oit/2566/o1.md")], TestContext.Current.CancellationToken));
        site.Write("pages/news/n004.md", "---\ntitle: ข่าวประชาสัมพันธ์ฉบับที่ 4\n---\nเนื้อหาใหม่\n");
        await SpeedSites.AssertEqualsFromScratch(site, await session.BuildAsync([Full(site, "pages/news/n004.md")], TestContext.Current.CancellationToken));
    }
}
