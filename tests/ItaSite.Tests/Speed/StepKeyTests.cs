using ItaSite.Generator.Pipeline;
using ItaSite.Generator.Search;
using ItaSite.Tests.Years;
using static ItaSite.Tests.Speed.SpeedSites;

namespace ItaSite.Tests.Speed;

/// <summary>
/// The steps keyed by less than a built value (a plain page's theme and search steps by the page unit and what every page
/// shares; the years by their YAML sources) must still follow every edit that changes what they make: each rebuild is
/// checked byte for byte against a from-scratch build.
/// </summary>
public class StepKeyTests
{
    private static Support.TestSite Site()
    {
        var site = SpeedSites.Create(12);
        site.Write("site.yaml", YearFixtures.SiteYaml("theme:\n  header: theme/header.md\n  footer: theme/footer.md\n"));
        site.Write("theme/header.md", "---\ntitle: ส่วนหัว\n---\nประกาศ: [ถาม-ตอบ](/qa/)\n");
        site.Write("theme/footer.md", "---\ntitle: ส่วนท้าย\n---\nติดต่อ อบต.ทดสอบ\n");
        site.Write("oit/2569/framework.yaml", YearFixtures.Framework(2569, 3));
        site.Write("oit/2569/o1.md", "---\nindicator: O1\nstatus: done\nresponsible: สำนักปลัด\nupdated: 2026-01-10\n---\nข้อมูลของปี 2569\n");
        site.Write("data/complaints-2566.yaml", "kind: complaint-statistics\ntitle: สถิติเรื่องร้องเรียนประจำปี\nmonths:\n  - { month: 2565-10, received: 3, completed: 1, in_progress: 2 }\n");
        site.Write("pages/stats.md", "---\ntitle: สถิติเรื่องร้องเรียน\n---\nก่อนตาราง\n\n::data[complaints-2566]\n");
        return site;
    }

    [Fact]
    public async Task A_framework_file_edit_rebinds_the_year_and_a_later_page_edit_keeps_it()
    {
        using var site = Site();
        var session = await Started(site);
        Assert.Null(session.Find("oit/2569/o4/index.html"));

        site.Write("oit/2569/framework.yaml", YearFixtures.Framework(2569, 4).Replace("หัวข้อทดสอบที่ 1 ของปี 2569", "หัวข้อที่แก้ไขแล้ว", StringComparison.Ordinal));
        var framework = await session.BuildAsync([Full(site, "oit/2569/framework.yaml")], TestContext.Current.CancellationToken);
        Assert.True(session.LastLoadPatched);
        Assert.NotNull(session.Find("oit/2569/o4/index.html"));
        Assert.Contains("oit/2569/index.html", framework.Changed);
        Assert.Contains("หัวข้อที่แก้ไขแล้ว", Html(session, "oit/2569/index.html"));
        Assert.Contains("หัวข้อที่แก้ไขแล้ว", Gunzip(session, SearchIndexBuilder.IndexPath));
        await SpeedSites.AssertEqualsFromScratch(site, framework);

        site.Write("pages/news/n004.md", "---\ntitle: ข่าวประชาสัมพันธ์ฉบับที่ 4\n---\nแก้หลังกรอบ\n");
        var page = await session.BuildAsync([Full(site, "pages/news/n004.md")], TestContext.Current.CancellationToken);
        Assert.Equal(["news/n004/index.html", "search/display.json.gz", "search/text.bin.gz"], page.Changed);
        await SpeedSites.AssertEqualsFromScratch(site, page);
    }

    [Fact]
    public async Task A_year_settings_edit_and_a_new_year_folder_rebind_the_years()
    {
        using var site = Site();
        var session = await Started(site);

        site.Write("oit/2569/year.yaml", "draft: true\n");
        var draft = await session.BuildAsync([Full(site, "oit/2569/year.yaml")], TestContext.Current.CancellationToken);
        await SpeedSites.AssertEqualsFromScratch(site, draft);

        // A page in a year folder without a framework: one positioned error, at the first file of that folder.
        site.Write("oit/2570/o2.md", "---\nindicator: O2\n---\nx\n");
        site.Write("oit/2570/o1.md", "---\nindicator: O1\n---\nx\n");
        var orphan = await session.BuildAsync([Full(site, "oit/2570/o2.md"), Full(site, "oit/2570/o1.md")], TestContext.Current.CancellationToken);
        Assert.False(orphan.Result.Succeeded);
        var error = Assert.Single(orphan.Result.Diagnostics.Sorted(), d => d.Code == "ITA2032");
        Assert.EndsWith("oit/2570/o1.md", error.Span.File, StringComparison.Ordinal);

        File.Delete(Full(site, "oit/2570/o1.md"));
        File.Delete(Full(site, "oit/2570/o2.md"));
        var back = await session.BuildAsync([Full(site, "oit/2570/o1.md"), Full(site, "oit/2570/o2.md")], TestContext.Current.CancellationToken);
        await SpeedSites.AssertEqualsFromScratch(site, back);
    }

    [Fact]
    public async Task A_plain_page_follows_its_partials_its_data_and_its_own_title()
    {
        using var site = Site();
        var session = await Started(site);

        // A header edit changes every page that shows it, plain pages included.
        site.Write("theme/header.md", "---\ntitle: ส่วนหัว\n---\nประกาศใหม่ของหน่วยงาน\n");
        var header = await session.BuildAsync([Full(site, "theme/header.md")], TestContext.Current.CancellationToken);
        Assert.Contains("news/n007/index.html", header.Changed);
        Assert.Contains("ประกาศใหม่ของหน่วยงาน", Html(session, "news/n007/index.html"));
        await SpeedSites.AssertEqualsFromScratch(site, header);

        // The data set a plain page places: its page and its search entries.
        site.Write("data/complaints-2566.yaml", "kind: complaint-statistics\ntitle: สถิติเรื่องร้องเรียนประจำปีที่แก้\nmonths:\n  - { month: 2565-10, received: 9, completed: 1, in_progress: 8 }\n");
        var data = await session.BuildAsync([Full(site, "data/complaints-2566.yaml")], TestContext.Current.CancellationToken);
        Assert.Contains("stats/index.html", data.Changed);
        Assert.Contains("สถิติเรื่องร้องเรียนประจำปีที่แก้", Gunzip(session, SearchIndexBuilder.IndexPath));
        await SpeedSites.AssertEqualsFromScratch(site, data);

        // The page's own title: its HTML, its search entry and the data-table entry that names it as its page.
        site.Write("pages/stats.md", "---\ntitle: สถิติการร้องเรียนรายเดือน\n---\nก่อนตาราง\n\n::data[complaints-2566]\n");
        var title = await session.BuildAsync([Full(site, "pages/stats.md")], TestContext.Current.CancellationToken);
        Assert.Contains("stats/index.html", title.Changed);
        var index = Gunzip(session, SearchIndexBuilder.IndexPath);
        Assert.DoesNotContain("\"สถิติเรื่องร้องเรียน\"", index, StringComparison.Ordinal);
        Assert.True(index.Split("สถิติการร้องเรียนรายเดือน").Length >= 3, index);
        await SpeedSites.AssertEqualsFromScratch(site, title);
    }
}
