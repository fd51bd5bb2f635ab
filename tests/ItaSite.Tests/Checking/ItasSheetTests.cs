using System.Text;
using CsvHelper;
using ItaSite.Generator.Checking;
using ItaSite.Generator.Content;
using ItaSite.Generator.Pipeline;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Checking;

public class ItasSheetTests
{
    private static List<string[]> Parse(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, new CsvReaderOptions { HasHeader = false });
        var rows = new List<string[]>();
        foreach (var _ in reader)
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }

    [Fact]
    public async Task Every_build_writes_a_bom_csv_with_one_row_per_item_of_the_year()
    {
        using var site = TestSite.WithBasics();
        site.Write("oit/2566/o17.md", TestSite.Item("O17", "summary: ผลสำรวจอยู่ที่หัวข้อผลการสำรวจ\nevidence:\n  c1: \"#result\"\n  c2: files/survey.pdf\nattachments:\n  - { file: files/survey.pdf, title: รายงานผลสำรวจ 2565 }\n", "## ผลการสำรวจ {#result}\n"));
        site.WriteBytes("oit/2566/files/survey.pdf", Encoding.ASCII.GetBytes("%PDF-1.4"));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, TestSite.Lines(result));
        var bytes = File.ReadAllBytes(Path.Combine(site.OutputDir, "oit", "2566", "itas.csv"));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = Parse(bytes);
        Assert.Equal(["ข้อ", "ตัวชี้วัดย่อย", "ข้อมูล", "URL", "คำอธิบาย"], rows[0]);
        var items = rows.Skip(1).ToList();
        Assert.Equal(Enumerable.Range(1, 43).Select(n => $"O{n}"), items.Select(r => r[0]));

        var o17 = items.Single(r => r[0] == "O17");
        Assert.Equal(
            ["https://www.example.go.th/ita/oit/2566/o17/", "https://www.example.go.th/ita/oit/2566/o17/#result", "https://www.example.go.th/ita/oit/2566/files/survey.pdf"],
            o17[3].Split('\n'));
        Assert.StartsWith("หน้าแรก > ITA 2566 > O17 ", o17[4], StringComparison.Ordinal);
        Assert.Contains("องค์ประกอบที่ 1 ที่หัวข้อ \"ผลการสำรวจ\"", o17[4], StringComparison.Ordinal);
        Assert.Contains("ไฟล์แนบ \"รายงานผลสำรวจ 2565\"", o17[4], StringComparison.Ordinal);
        Assert.EndsWith("ผลสำรวจอยู่ที่หัวข้อผลการสำรวจ", o17[4], StringComparison.Ordinal);

        var o1 = items.Single(r => r[0] == "O1");
        Assert.Equal("https://www.example.go.th/ita/oit/2566/o1/", o1[3]);
        Assert.EndsWith("(ยังไม่ได้เผยแพร่ข้อมูล)", o1[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Example_fixture_check_reports_exactly_its_known_gaps_and_its_sheet_has_all_43_items()
    {
        var result = await CheckFixtureTests.CheckAsync(RepoPaths.ExampleContent, new DateOnly(2023, 12, 1));

        // The frozen 2566 example has real gaps that evidence checking finds (O2's photographs, O20's announcement documents,
        // O21's detail rows); their pages say they are in progress, so they are warnings that still fail those items, and the
        // check itself has no error.
        Assert.Empty(result.Diagnostics.Sorted().Where(d => d.Severity == Generator.Diagnostics.Severity.Error).Select(d => d.ToString()));
        var year = Assert.Single(result.Check!.Years);
        Assert.Equal(43, year.Items.Count);
        Assert.All(year.Items.Where(i => i.Verdict == ReadinessVerdict.Fail), i => Assert.NotEqual(PageStatus.Done, i.Status));
        Assert.Contains(year.Items.Single(i => i.Code.Number == 2).Findings, f => f.FailsItem && f.Code == "ITA4020");
        Assert.Contains(year.Items.Single(i => i.Code.Number == 20).Findings, f => f.FailsItem && f.Code == "ITA4015");
        Assert.Equal(12, year.Items.Single(i => i.Code.Number == 21).Findings.Count(f => f.FailsItem && f.Code == "ITA4019"));
        // check stops before assembling when it finds errors; a build (no readiness errors) writes the sheet of all 43 items.
        var built = await TestBuilds.BuildAsync(TestBuilds.InMemory(RepoPaths.ExampleContent), TestContext.Current.CancellationToken);
        Assert.True(built.Succeeded, TestSite.Lines(built));
        var sheet = built.Files.Single(f => f.RelativePath == "oit/2566/itas.csv");
        Assert.Equal(44, Parse(sheet.Content!).Count);
    }
}
