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

    private static byte[] Gunzip(TestSite site, string path)
    {
        using var file = File.OpenRead(Path.Combine(site.OutputDir, path));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The three index files read back into documents, checking that they agree page by page.</summary>
    internal static List<SearchDocument> ReadIndex(TestSite site)
    {
        var pages = JsonDocument.Parse(Gunzip(site, SearchIndexBuilder.IndexPath)).RootElement;
        var display = JsonDocument.Parse(Gunzip(site, SearchIndexBuilder.DisplayPath)).RootElement;
        Assert.Equal(SearchIndexBuilder.FormatVersion, pages.GetProperty("v").GetInt32());
        Assert.Equal(SearchIndexBuilder.FormatVersion, display.GetProperty("v").GetInt32());
        var docs = pages.GetProperty("d").EnumerateArray().Zip(display.GetProperty("x").EnumerateArray(), (d, x) => new SearchDocument(
            d.GetProperty("u").GetString()!, d.GetProperty("t").GetString()!, d.GetProperty("c").GetString(), d.GetProperty("k").GetString()!, x.GetString()!,
            d.TryGetProperty("y", out var y) ? y.GetInt32() : null, d.TryGetProperty("p", out var p) ? p.GetString() : null)).ToList();
        Assert.Equal(pages.GetProperty("d").GetArrayLength(), display.GetProperty("x").GetArrayLength());

        // text.bin: every page's folded text, then every page's folded title, each ended by a 0 byte.
        var records = Split(Gunzip(site, SearchIndexBuilder.TextPath));
        Assert.Equal(2 * docs.Count, records.Count);
        for (var i = 0; i < docs.Count; i++)
        {
            Assert.Equal(SearchTextEncoding.Encode(SearchNormalizer.Fold(docs[i].Text)), records[i]);
            Assert.Equal(SearchTextEncoding.Encode(SearchNormalizer.Fold(docs[i].Title)), records[docs.Count + i]);
        }

        return docs;
    }

    private static List<byte[]> Split(byte[] text)
    {
        var records = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == SearchTextEncoding.Separator)
            {
                records.Add(text[start..i]);
                start = i + 1;
            }
        }

        Assert.Equal(text.Length, start);
        return records;
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
    public async Task Tables_placed_with_data_directives_are_indexed_as_the_page_shows_them()
    {
        using var site = TestSite.WithBasics();
        site.Write("data/procurement-2566.yaml", """
            kind: procurement
            title: สรุปผลการจัดซื้อจัดจ้าง
            agency: อบต.ทดสอบ
            months:
              - month: 2565-10
                count: 1
                total: 1234567.5
                items:
                  - work: จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก
                    budget: 1300000
                    method: e-bidding
                    bids: [{ name: หจก.รุ่งเรืองการโยธา, price: 1234567.50 }, { name: บริษัท ศิลาทอง จำกัด, price: 1250000 }]
                    winner: { name: หจก.รุ่งเรืองการโยธา, price: 1234567.50 }
                    reason: ราคาต่ำสุด
                    contract: สัญญาเลขที่ 7/2566
            """);
        site.Write("data/unused.yaml", "kind: complaint-statistics\ntitle: ไม่ได้ใช้บนหน้าใด\nmonths:\n  - { month: 2565-10, received: 1, completed: 1, in_progress: 0 }\n");
        site.Write("oit/2566/o21.md", TestSite.Item("O21", body: "ก่อนตาราง\n\n::data[procurement-2566]\n"));
        var result = await site.BuildAsync(pdfToText: null);
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var docs = ReadIndex(site);

        var o21 = docs.Single(d => d.Code == "O21");
        foreach (var expected in new[] { "ก่อนตาราง", "หจก.รุ่งเรืองการโยธา", "บริษัท ศิลาทอง จำกัด", "จ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก", "1,234,567.50 บาท", "สัญญาเลขที่ 7/2566", "ตุลาคม 2565", "ผู้ได้รับการคัดเลือก" })
        {
            Assert.Contains(SearchNormalizer.Fold(expected), SearchNormalizer.Fold(o21.Text), StringComparison.Ordinal);
        }

        // Only the page that places the data set holds its text, and the set's own entry (kind data) that the "data table" filter
        // lists, linking to that page; a data file no page shows is not searchable.
        var holding = docs.Where(d => d.Text.Contains("ศิลาทอง", StringComparison.Ordinal)).ToList();
        Assert.Equal(["item", "data"], holding.Select(d => d.Kind));
        Assert.All(holding, d => Assert.Equal("oit/2566/o21/", d.Url));
        Assert.All(holding, d => Assert.Equal(2566, d.Year));
        Assert.Equal("สรุปผลการจัดซื้อจัดจ้าง", holding[1].Title);
        Assert.StartsWith("O21 ", holding[1].Parent, StringComparison.Ordinal);
        Assert.DoesNotContain(docs, d => d.Text.Contains("ไม่ได้ใช้บนหน้าใด", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Included_measures_tables_are_searchable_on_O42_and_O43_and_each_is_a_data_entry_with_year()
    {
        using var site = TestSite.WithBasics();
        site.Write("measures/2566/m01.md", "---\nmeasure: 1\ntitle: มาตรการป้องกันการรับสินบน\nindicators: [O12]\nmethod: ติดประกาศงดรับของขวัญทุกเทศกาล\nresponsible: กองคลังทดสอบ\n---\nรายละเอียด\n");
        site.Write("oit/2566/o42.md", TestSite.Item("O42", "include: [measures]\n"));
        site.Write("oit/2566/o43.md", TestSite.Item("O43", "include: [measures-progress]\n"));
        site.Write("oit/2566/o41.md", TestSite.Item("O41"));
        var result = await site.BuildAsync(pdfToText: null);
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var docs = ReadIndex(site);

        // The table the theme adds is text the page shows, so the item pages hold it; a page without the include does not.
        foreach (var code in new[] { "O42", "O43" })
        {
            var item = docs.Single(d => d.Code == code);
            Assert.Contains("ติดประกาศงดรับของขวัญทุกเทศกาล", item.Text, StringComparison.Ordinal);
            Assert.Contains("กองคลังทดสอบ", item.Text, StringComparison.Ordinal);
            Assert.Equal(2566, item.Year);
        }

        Assert.DoesNotContain("ติดประกาศงดรับของขวัญ", docs.Single(d => d.Code == "O41").Text, StringComparison.Ordinal);
        var tables = docs.Where(d => d.Kind == "data").ToList();
        Assert.Equal(["oit/2566/o42/", "oit/2566/o43/"], tables.Select(d => d.Url));
        Assert.All(tables, d => Assert.Contains("ติดประกาศงดรับของขวัญทุกเทศกาล", d.Text, StringComparison.Ordinal));
        Assert.Equal(2566, docs.Single(d => d.Kind == "measure").Year);
        Assert.Null(docs.First(d => d.Kind == "page").Year);
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

        using var site = SiteWithPdf("%PDF-1.4\nnot a pdf at all"u8.ToArray()); // a PDF by its first bytes (the file policy), broken after them
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var warning = Assert.Single(result.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.PdfTextFailed);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.StartsWith("content/oit/2566/o12.md:8:11:", warning.ToString(), StringComparison.Ordinal);
        Assert.Contains("files/report.pdf", warning.Message, StringComparison.Ordinal);
    }
}
