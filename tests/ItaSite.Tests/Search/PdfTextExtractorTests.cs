using System.Diagnostics;
using ItaSite.Generator.Search;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Search;

/// <summary>The pdftotext runner, driven with stand-in scripts: text, failures and a hung extractor that must be killed.</summary>
public sealed class PdfTextExtractorTests
{
    [Fact]
    public void Returns_what_the_extractor_prints()
    {
        using var site = new TestSite();
        var pdf = Pdf(site, "ข้อความในไฟล์ PDF\nบรรทัดที่สอง\n");
        var (text, error) = PdfTextExtractor.Find(Script(site, "cat \"$5\""))!.Extract(pdf);
        Assert.Null(error);
        Assert.Equal("ข้อความในไฟล์ PDF\nบรรทัดที่สอง\n", text);
    }

    [Fact]
    public void A_failing_extractor_gives_its_exit_code_and_message()
    {
        using var site = new TestSite();
        var (text, error) = PdfTextExtractor.Find(Script(site, "echo 'Syntax Error: broken xref' >&2\nexit 3"))!.Extract(Pdf(site, "x"));
        Assert.Null(text);
        Assert.Equal("pdftotext exit code 3: Syntax Error: broken xref", error);
    }

    [Fact]
    public void A_hung_extractor_is_killed_after_the_timeout()
    {
        using var site = new TestSite();
        var pids = Path.Combine(site.Root, "pid");
        var extractor = PdfTextExtractor.Find(Script(site, $"echo $$ > '{pids}'\nexec sleep 60"), TimeSpan.FromSeconds(1))!;
        var (text, error) = extractor.Extract(Pdf(site, "x"));
        Assert.Null(text);
        Assert.Equal("pdftotext took longer than 1 s", error);
        var pid = int.Parse(File.ReadAllText(pids).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(IsRunning(pid), "the hung extractor must not be left running");
    }

    [Fact]
    public void Many_extractions_on_every_core_all_complete()
    {
        using var site = new TestSite();
        var extractor = PdfTextExtractor.Find(Script(site, "cat \"$5\""))!;
        var pdfs = Enumerable.Range(0, 24).Select(i => Pdf(site, $"เอกสารที่ {i}", $"{i}.pdf")).ToList();
        var texts = new string?[pdfs.Count];
        Parallel.For(0, pdfs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2 }, i => texts[i] = extractor.Extract(pdfs[i]).Text);
        Assert.Equal(pdfs.Select((_, i) => $"เอกสารที่ {i}"), texts);
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string Pdf(TestSite site, string text, string name = "a.pdf")
    {
        var path = Path.Combine(site.Root, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A stand-in for pdftotext, called as it is: <c>-q -enc UTF-8 -nopgbrk FILE -</c>.</summary>
    private static string Script(TestSite site, string body) =>
        ShellScript.Write(Path.Combine(site.Root, "fake-pdftotext-" + Guid.NewGuid().ToString("N")[..8]), body);
}
