using System.IO.Compression;
using System.Text.Json;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Search;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Search;

public class SearchIndexTests
{
    private const string ExamplePdf = "o12-report-6m-2566.pdf";

    private static TestSite SiteWithPdf(byte[] pdf)
    {
        var site = TestSite.WithBasics();
        site.Write("oit/2566/o12.md", TestSite.Item(
            "O12",
            "title: รายงานการกำกับติดตามการดำเนินงาน รอบ ๖ เดือน\nattachments:\n  - file: files/report.pdf\n    title: รายงานรอบ 6 เดือน (ฉบับลงนาม)\n",
            "## ผลการดำเนินงานรายไตรมาส\n\nเบิกจ่ายงบประมาณแล้ว ร้อยละ ๔๕\n"));
        site.Write("measures/2566/m01.md", "---\nmeasure: 1\ntitle: มาตรการป้องกันการรับสินบน\nindicators: [O12]\n---\nจัดอบรมเจ้าหน้าที่\n");
        site.WriteBytes("oit/2566/files/report.pdf", pdf);
        return site;
    }

    /// <summary>xunit 2 cannot skip at run time: without pdftotext these tests pass empty, except under CI=true, where .ci/run installs it.</summary>
    private static bool PdfToTextInstalled()
    {
        var installed = PdfTextExtractor.Find("pdftotext") is not null;
        Assert.True(installed || !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), "CI=true but pdftotext is missing");
        return installed;
    }

    private static List<SearchDocument> ReadIndex(TestSite site)
    {
        using var file = File.OpenRead(Path.Combine(site.OutputDir, SearchIndexBuilder.IndexPath));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        var index = JsonSerializer.Deserialize<SearchIndex>(gzip)!;
        Assert.Equal(SearchIndexBuilder.FormatVersion, index.Version);
        return [.. index.Documents];
    }

    [Fact]
    public async Task Index_holds_every_page_with_code_title_headings_body_and_attachment_names()
    {
        using var site = SiteWithPdf("%PDF-1.4\n%not really\n"u8.ToArray());
        var result = await site.BuildAsync(pdfToText: null);
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var docs = ReadIndex(site);

        var items = docs.Where(d => d.Kind == "item").ToList();
        Assert.Equal(Enumerable.Range(1, 43).Select(n => $"O{n}"), items.Select(d => d.Code));
        Assert.Equal(Enumerable.Range(1, 43).Select(n => $"oit/2566/o{n}/"), items.Select(d => d.Url));

        var o12 = docs.Single(d => d.Code == "O12");
        Assert.Equal("รายงานการกำกับติดตามการดำเนินงาน รอบ ๖ เดือน", o12.Title);
        foreach (var expected in new[] { "O12 รายงาน", "ผลการดำเนินงานรายไตรมาส", "ร้อยละ ๔๕", "รายงานรอบ 6 เดือน (ฉบับลงนาม) report.pdf", "สำนักปลัด" })
        {
            Assert.Contains(expected, o12.Text, StringComparison.Ordinal);
        }

        // A framework item without a page is still findable by its code and official title and components.
        var o5 = docs.Single(d => d.Code == "O5");
        Assert.Contains("ข้อมูลการติดต่อ", o5.Title, StringComparison.Ordinal);

        var measure = docs.Single(d => d.Kind == "measure");
        Assert.Equal("measures/2566/1/", measure.Url);
        Assert.Contains("จัดอบรมเจ้าหน้าที่", measure.Text, StringComparison.Ordinal);

        var pages = docs.Where(d => d.Kind == "page").Select(d => d.Url).ToList();
        Assert.Equal(["", "complaints/", "complaints/corruption/", "qa/"], pages);
        Assert.Contains("คำถามที่พบบ่อย", docs.Single(d => d.Url == "qa/").Text, StringComparison.Ordinal);
        Assert.All(docs, d => Assert.Equal(SearchNormalizer.Clean(d.Text), d.Text));
    }

    [Fact]
    public async Task Missing_pdftotext_is_an_info_at_the_first_pdf_attachment_and_the_build_still_succeeds()
    {
        using var site = SiteWithPdf("%PDF-1.4\n"u8.ToArray());
        var result = await site.BuildAsync(pdfToText: "/nonexistent/pdftotext");
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var info = Assert.Single(result.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.PdfTextUnavailable);
        Assert.Equal(Severity.Info, info.Severity);
        Assert.StartsWith("content/oit/2566/o12.md:8:11:", info.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.PdfTextFailed);
    }

    [Fact]
    public async Task Pdf_text_is_indexed_when_pdftotext_is_installed()
    {
        if (!PdfToTextInstalled())
        {
            return;
        }

        using var site = SiteWithPdf(File.ReadAllBytes(Path.Combine(RepoPaths.ExampleContent, "oit/2566/files", ExamplePdf)));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.Code.StartsWith("ITA7", StringComparison.Ordinal));
        var o12 = ReadIndex(site).Single(d => d.Code == "O12");
        Assert.Contains(SearchNormalizer.Fold("งานวิเคราะห์นโยบายและแผนร่วมกับกองคลัง"), SearchNormalizer.Fold(o12.Text), StringComparison.Ordinal);
        // pdftotext breaks Thai words with stray spaces ("เป็ น"); folding removes them, so the word is still found.
        Assert.Contains(SearchNormalizer.Fold("งบประมาณเป็นรายไตรมาส"), SearchNormalizer.Fold(o12.Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreadable_pdf_is_a_warning_at_its_attachment_line()
    {
        if (!PdfToTextInstalled())
        {
            return;
        }

        using var site = SiteWithPdf("not a pdf at all"u8.ToArray());
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var warning = Assert.Single(result.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.PdfTextFailed);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.StartsWith("content/oit/2566/o12.md:8:11:", warning.ToString(), StringComparison.Ordinal);
        Assert.Contains("files/report.pdf", warning.Message, StringComparison.Ordinal);
    }
}
