using ItaSite.Generator.Incremental;
using ItaSite.Generator.Pipeline;
using ItaSite.Generator.Reuse;

namespace ItaSite.Tests.Speed;

/// <summary>
/// The link table is a step of its own, made from every page's paths and not from its text: an edit of a page's text keeps the
/// same table, a page added, moved or removed makes a new one, and a duplicate path is reported on every build either way.
/// </summary>
public class LinkTableReuseTests
{
    private static async Task<BuildResult> Build(Support.TestSite site, StepReuse reuse)
    {
        reuse.NextBuild();
        return await new SiteBuilder(BuildSessionTests.Options(site) with { WriteOutput = false, Steps = reuse }).BuildAsync();
    }

    [Fact]
    public async Task A_text_edit_keeps_the_table_and_a_new_page_makes_a_new_one()
    {
        using var site = SpeedSites.Create(6);
        var reuse = new StepReuse();
        var first = await Build(site, reuse);
        Assert.True(first.Succeeded);
        Assert.Equal(1, reuse.Runs(ReusableStep.LinkTable));

        site.Write("pages/news/n003.md", "---\ntitle: ข่าวที่แก้\n---\nเนื้อหาใหม่ ดู [ข่าวก่อนหน้า](n002.md)\n");
        var edited = await Build(site, reuse);
        Assert.True(edited.Succeeded);
        Assert.Equal(0, reuse.Runs(ReusableStep.LinkTable));
        Assert.Same(first.Site!.Links, edited.Site!.Links);

        // A new page the edited one links to: the table is made again and the link resolves (an unknown page would be an error).
        site.Write("pages/news/extra.md", "---\ntitle: ข่าวเพิ่ม\n---\nใหม่\n");
        site.Write("pages/news/n003.md", "---\ntitle: ข่าวที่แก้\n---\nดู [ข่าวเพิ่ม](extra.md)\n");
        var added = await Build(site, reuse);
        Assert.True(added.Succeeded, string.Join("\n", added.Diagnostics.Sorted()));
        Assert.Equal(1, reuse.Runs(ReusableStep.LinkTable));
        Assert.NotSame(edited.Site!.Links, added.Site!.Links);
        Assert.Contains(added.Files, f => f.RelativePath == "news/extra/index.html");
    }

    [Fact]
    public async Task A_duplicate_path_is_reported_again_when_the_table_is_reused()
    {
        using var site = SpeedSites.Create(3);
        site.Write("pages/news.md", "---\ntitle: ข่าว\n---\nหน้าข่าว\n");
        site.Write("pages/news/index.md", "---\ntitle: ข่าวซ้ำ\n---\nหน้าข่าวอีกหน้า\n");
        var reuse = new StepReuse();
        var first = await Build(site, reuse);
        var duplicate = Assert.Single(first.Diagnostics.Sorted(), d => d.Code == "ITA2009");

        site.Write("pages/news/n001.md", "---\ntitle: ข่าวที่แก้\n---\nแก้ข้อความ\n");
        var again = await Build(site, reuse);
        Assert.Equal(0, reuse.Runs(ReusableStep.LinkTable));
        Assert.Equal(duplicate, Assert.Single(again.Diagnostics.Sorted(), d => d.Code == "ITA2009"));
    }
}
