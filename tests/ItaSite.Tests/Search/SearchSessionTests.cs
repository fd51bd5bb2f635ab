using ItaSite.Generator.Pipeline;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Search;

/// <summary>Under <c>serve</c> (a <see cref="BuildSession"/>), PDF text and the search index are only redone when their input changed.</summary>
public sealed class SearchSessionTests
{
    /// <summary>
    /// A stand-in for pdftotext that logs each run and prints the "PDF" file as its text, so the test counts real extractor runs
    /// without needing poppler-utils. Called as pdftotext is: <c>-q -enc UTF-8 -nopgbrk FILE -</c>.
    /// </summary>
    private static string FakePdfToText(TestSite site) =>
        ShellScript.Write(Path.Combine(site.Root, "fake-pdftotext"), $"echo \"$5\" >> '{Log(site)}'\ncat \"$5\"");

    private static string Log(TestSite site) => Path.Combine(site.Root, "pdftotext.log");

    private static int Runs(TestSite site) => File.Exists(Log(site)) ? File.ReadAllLines(Log(site)).Length : 0;

    [Fact]
    public async Task Pdf_text_is_extracted_once_per_file_version_and_the_index_is_rewritten_only_when_text_changed()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var site = TestSite.WithBasics();
        site.Write("oit/2566/o12.md", TestSite.Item("O12", "attachments:\n  - file: files/a.pdf\n    title: รายงาน ก\n  - file: files/b.pdf\n    title: รายงาน ข\n"));
        site.Write("oit/2566/files/a.pdf", "%PDF-1.4\nข้อความในรายงานฉบับแรก");
        site.Write("oit/2566/files/b.pdf", "%PDF-1.4\nข้อความในรายงานฉบับที่สอง");
        var session = new BuildSession(TestBuilds.Writing(site.ContentDir, site.OutputDir) with { PdfToText = FakePdfToText(site) });

        var first = await session.BuildAsync(TestContext.Current.CancellationToken);
        Assert.True(first.Result.Succeeded, TestSite.Lines(first.Result));
        Assert.Equal((2, true), first.Search);
        Assert.Equal(2, Runs(site));
        Assert.Contains("รายงานฉบับแรก", Display(session), StringComparison.Ordinal);

        var again = await session.BuildAsync(TestContext.Current.CancellationToken);
        Assert.Equal((0, false), again.Search);
        Assert.Equal(2, Runs(site));
        Assert.Empty(again.Changed);

        // A body edit: no PDF is read again, the index is, and only the text files of the index change (titles are the same).
        site.Write("oit/2566/o12.md", TestSite.Item("O12", "attachments:\n  - file: files/a.pdf\n    title: รายงาน ก\n  - file: files/b.pdf\n    title: รายงาน ข\n", "เนื้อหาที่แก้ไขใหม่\n"));
        var body = await session.BuildAsync(TestContext.Current.CancellationToken);
        Assert.Equal((0, true), body.Search);
        Assert.Equal(2, Runs(site));
        Assert.Contains("search/text.bin.gz", body.Changed);
        Assert.Contains("search/display.json.gz", body.Changed);
        Assert.DoesNotContain("search/index.json.gz", body.Changed);
        Assert.Contains("เนื้อหาที่แก้ไขใหม่", Display(session), StringComparison.Ordinal);

        // A replaced PDF (new length and time): that one file is read again.
        site.Write("oit/2566/files/b.pdf", "%PDF-1.4\nข้อความในรายงานฉบับแก้ไขแล้ว");
        File.SetLastWriteTimeUtc(Path.Combine(site.ContentDir, "oit/2566/files/b.pdf"), new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var pdf = await session.BuildAsync(TestContext.Current.CancellationToken);
        Assert.Equal((1, true), pdf.Search);
        Assert.Equal(3, Runs(site));
        Assert.Contains("ฉบับแก้ไขแล้ว", Display(session), StringComparison.Ordinal);
        Assert.DoesNotContain("ฉบับที่สอง", Display(session), StringComparison.Ordinal);
    }

    private static string Display(BuildSession session)
    {
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(session.Find("search/display.json.gz")!.Content!), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }
}
