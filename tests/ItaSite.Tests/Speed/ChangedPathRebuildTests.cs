using ItaSite.Generator.Pipeline;
using static ItaSite.Tests.Speed.SpeedSites;

namespace ItaSite.Tests.Speed;

/// <summary>Session rebuilds told which paths changed (what serve's watcher reports) must equal from-scratch builds.</summary>
public class ChangedPathRebuildTests
{
    [Fact]
    public async Task Edits_of_known_files_are_read_alone_and_anything_else_lists_the_folder_again()
    {
        using var site = SpeedSites.Create(20);
        var session = new BuildSession(BuildSessionTests.Options(site));
        var first = await session.BuildAsync([], TestContext.Current.CancellationToken);
        Assert.True(first.Result.Succeeded);
        Assert.True(first.Read > 20, $"{first.Read} files read");
        Assert.False(session.LastLoadPatched);

        // An edit of a known page: that file read again, one page parsed and themed, same bytes as a fresh build.
        site.Write("pages/news/n005.md", "---\ntitle: ข่าวฉบับที่ห้า\n---\nเนื้อหาแก้ไขแล้ว\n");
        var edit = await session.BuildAsync([Full(site, "pages/news/n005.md")], TestContext.Current.CancellationToken);
        Assert.Equal(1, edit.Read);
        Assert.True(session.LastLoadPatched);
        Assert.Equal(1, edit.Parsed);
        Assert.Contains("news/n005/index.html", edit.Changed);
        Assert.Contains("เนื้อหาแก้ไขแล้ว", Html(session, "news/n005/index.html"));
        await SpeedSites.AssertEqualsFromScratch(site, edit);

        // Paths outside the content folder and hidden files change nothing.
        File.WriteAllText(Path.Combine(site.ContentDir, ".notes"), "x");
        var nothing = await session.BuildAsync([Full(site, ".notes"), Path.Combine(Path.GetTempPath(), "elsewhere.css")], TestContext.Current.CancellationToken);
        Assert.Equal(0, nothing.Read);
        Assert.True(session.LastLoadPatched);
        Assert.Empty(nothing.Changed);

        // An item edit: read alone, and everything that shows them follows.
        site.Write("oit/2566/o2.md", "---\nindicator: O2\nstatus: in-progress\nresponsible: สำนักปลัด\nupdated: 2023-03-15\n---\nข้อมูลผู้บริหารใหม่\n");
        var item = await session.BuildAsync([Full(site, "oit/2566/o2.md")], TestContext.Current.CancellationToken);
        Assert.Equal(1, item.Read);
        Assert.True(session.LastLoadPatched);
        Assert.Contains("oit/2566/index.html", item.Changed);
        await SpeedSites.AssertEqualsFromScratch(site, item);

        // A new page: the folder is listed again; read are the new file and the two read alone since the last listing.
        site.Write("pages/news/added.md", "---\ntitle: ข่าวใหม่\n---\nข่าวเพิ่ม\n");
        var added = await session.BuildAsync([Full(site, "pages/news/added.md")], TestContext.Current.CancellationToken);
        Assert.Equal(3, added.Read);
        Assert.False(session.LastLoadPatched);
        Assert.NotNull(session.Find("news/added/index.html"));
        await SpeedSites.AssertEqualsFromScratch(site, added);

        // A deleted page: nothing to read, the page is gone.
        File.Delete(Full(site, "pages/news/n019.md"));
        var deleted = await session.BuildAsync([Full(site, "pages/news/n019.md")], TestContext.Current.CancellationToken);
        Assert.Equal(0, deleted.Read);
        Assert.False(session.LastLoadPatched);
        Assert.Null(session.Find("news/n019/index.html"));
        await SpeedSites.AssertEqualsFromScratch(site, deleted);

        // Unknown changes (watcher overflow): the edited file is found by its length and time.
        site.Write("pages/news/n011.md", "---\ntitle: ข่าวฉบับที่สิบเอ็ด\n---\nแก้ไขระหว่างที่ตัวเฝ้าดูล้น\n");
        var overflow = await session.BuildAsync(null, TestContext.Current.CancellationToken);
        Assert.Equal(1, overflow.Read);
        Assert.False(session.LastLoadPatched);
        Assert.Contains("แก้ไขระหว่างที่ตัวเฝ้าดูล้น", Html(session, "news/n011/index.html"));
        await SpeedSites.AssertEqualsFromScratch(site, overflow);
    }

    [Fact]
    public async Task A_file_that_no_longer_reads_cleanly_goes_through_the_full_loader_and_its_positioned_diagnostic()
    {
        using var site = SpeedSites.Create(3);
        var session = new BuildSession(BuildSessionTests.Options(site));
        Assert.True((await session.BuildAsync([], TestContext.Current.CancellationToken)).Result.Succeeded);

        var path = Full(site, "pages/news/n001.md");
        File.WriteAllBytes(path, [.. "---\ntitle: ข่าว\n---\n"u8, 0xE0, 0x41, (byte)'\n']);
        var broken = await session.BuildAsync([path], TestContext.Current.CancellationToken);
        Assert.Equal(2, broken.Read); // alone first, then again with the folder, which reports it
        Assert.False(session.LastLoadPatched);
        Assert.False(broken.Result.Succeeded);
        Assert.Contains(broken.Result.Diagnostics.Sorted(), d => d.Code == "ITA1006" && d.Span.File.EndsWith("n001.md", StringComparison.Ordinal) && d.Span.Line == 4);

        // The fix is read again and reported nothing; the next edit is read alone as well.
        site.Write("pages/news/n001.md", "---\ntitle: ข่าว\n---\nซ่อมแล้ว\n");
        var fixedBuild = await session.BuildAsync([path], TestContext.Current.CancellationToken);
        Assert.Equal(1, fixedBuild.Read);
        Assert.False(session.LastLoadPatched);
        Assert.True(fixedBuild.Result.Succeeded);
        site.Write("pages/news/n001.md", "---\ntitle: ข่าว\n---\nซ่อมแล้วอีกครั้ง\n");
        var again = await session.BuildAsync([path], TestContext.Current.CancellationToken);
        Assert.Equal(1, again.Read);
        Assert.True(session.LastLoadPatched);
        await SpeedSites.AssertEqualsFromScratch(site, again);
    }
}
