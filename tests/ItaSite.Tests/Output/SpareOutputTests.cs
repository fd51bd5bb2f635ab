using ItaSite.Generator.Output;
using ItaSite.Generator.Pipeline;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Output;

/// <summary>
/// A build writes into the previous output kept aside (the spare) and rewrites only what changed. Whatever the spare holds,
/// the result must be byte for byte what a build into an empty folder gives, and nothing is ever written through a link.
/// </summary>
public class SpareOutputTests
{
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task A_build_into_a_tampered_spare_equals_a_build_into_an_empty_folder()
    {
        using var site = Site();
        Assert.True((await Build(site, site.OutputDir)).Succeeded);
        Assert.True((await Build(site, site.OutputDir)).Succeeded);
        var spare = OutputWriter.SpareFolder(site.OutputDir);
        Assert.True(File.Exists(Path.Combine(spare, "index.html")), "the previous output is kept as the spare");

        // The spare is the output of two builds ago: change the content and damage the spare in every way a tree can differ.
        site.Write("pages/changed.md", "---\ntitle: แก้ไขแล้ว\n---\nเนื้อหาใหม่ [เอกสาร](files/doc.pdf)\n");
        File.Delete(Path.Combine(site.ContentDir, "pages/gone.md"));
        site.Write("pages/new.md", "---\ntitle: หน้าใหม่\n---\nเพิ่งเพิ่ม\n");
        site.WriteBytes("pages/files/doc.pdf", "%PDF-1.4 second version"u8.ToArray()[..23]); // same length, other bytes
        File.SetLastWriteTimeUtc(Path.Combine(site.ContentDir, "pages/files/doc.pdf"), LongAgo.AddDays(1));
        var index = Path.Combine(spare, "index.html");
        var bytes = File.ReadAllBytes(index);
        bytes[^2] ^= 1; // same length, one bit off
        File.WriteAllBytes(index, bytes);
        File.WriteAllText(Path.Combine(spare, "stray.html"), "ไม่ใช่ของเว็บนี้");
        Directory.CreateDirectory(Path.Combine(spare, "stray/deeper"));
        File.WriteAllText(Path.Combine(spare, "stray/deeper/x.txt"), "x");
        Directory.Delete(Path.Combine(spare, "qa"), recursive: true);
        File.WriteAllText(Path.Combine(spare, "qa"), "a file where a folder must be");
        var css = Path.Combine(spare, "assets/site.css");
        File.Delete(css);
        Directory.CreateDirectory(Path.Combine(css, "inside"));
        var outside = Path.Combine(site.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "index.html"), "must survive");
        Directory.Delete(Path.Combine(spare, "complaints"), recursive: true);
        File.CreateSymbolicLink(Path.Combine(spare, "complaints"), outside);

        var result = await Build(site, site.OutputDir);
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var fresh = Path.Combine(site.Root, "fresh");
        Assert.True((await Build(site, fresh)).Succeeded);

        Assert.Equal(FolderSnapshot.Of(fresh), FolderSnapshot.Of(site.OutputDir));
        Assert.Equal("must survive", File.ReadAllText(Path.Combine(outside, "index.html")));
        Assert.Equal(["index.html"], Directory.EnumerateFileSystemEntries(outside).Select(Path.GetFileName));
        OutputSafetyTests.OnlyTheSpareIsLeft(site);
    }

    [Fact]
    public async Task Files_whose_bytes_are_already_in_the_spare_are_not_rewritten()
    {
        using var site = Site();
        Assert.True((await Build(site, site.OutputDir)).Succeeded);
        Assert.True((await Build(site, site.OutputDir)).Succeeded);
        var spare = OutputWriter.SpareFolder(site.OutputDir);
        foreach (var file in Directory.EnumerateFiles(spare, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, LongAgo);
        }

        site.Write("pages/changed.md", "---\ntitle: แก้ไขแล้ว\n---\nเนื้อหาใหม่\n");
        Assert.True((await Build(site, site.OutputDir)).Succeeded);

        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(site.OutputDir, "qa/index.html")));
        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(site.OutputDir, "assets/site.css")));
        Assert.NotEqual(LongAgo, File.GetLastWriteTimeUtc(Path.Combine(site.OutputDir, "changed/index.html")));
        Assert.Contains("เนื้อหาใหม่", File.ReadAllText(Path.Combine(site.OutputDir, "changed/index.html")), StringComparison.Ordinal);
    }

    private static TestSite Site()
    {
        var site = TestSite.WithBasics();
        site.Write("pages/changed.md", "---\ntitle: จะแก้ไข\n---\nเนื้อหาเดิม [เอกสาร](files/doc.pdf)\n");
        site.Write("pages/gone.md", "---\ntitle: จะถูกลบ\n---\nหน้านี้จะหายไป\n");
        site.WriteBytes("pages/files/doc.pdf", "%PDF-1.4 first version!"u8.ToArray());
        site.Write("oit/2566/o1.md", TestSite.Item("O1"));
        return site;
    }

    private static Task<BuildResult> Build(TestSite site, string output) =>
        TestBuilds.BuildAsync(TestBuilds.Writing(site.ContentDir, output) with { PdfToText = null });
}
