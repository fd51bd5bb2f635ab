using System.Text.RegularExpressions;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;
using ItaSite.Generator.Pipeline;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Years;

/// <summary>
/// The issue's done-when: a site with pages for 2566 and 2569 and no year keys builds both years completely; new-year 2570 then
/// a build leaves every published file byte-identical; the draft is checked, not published; bad input changes nothing.
/// </summary>
public partial class RolloverTests
{
    private static TestSite TwoYearSite()
    {
        var site = TestSite.WithBasics();
        site.Write("site.yaml", YearFixtures.SiteYaml("current_year: 2569\n"));
        for (var n = 1; n <= 43; n++)
        {
            site.Write($"oit/2566/o{n}.md", $"---\nindicator: O{n}\nstatus: done\nresponsible: กองคลัง ปี 2566\nupdated: 2023-03-15\n---\n## ข้อมูลปี 2566\n\nข้อ O{n} ของปี 2566\n");
        }

        foreach (var item in FrameworkLoader.LoadBuiltIn(2569, new DiagnosticBag())!.Items)
        {
            site.Write($"oit/2569/{item.Code.Slug}.md", $"---\nindicator: {item.Code}\nstatus: in-progress\nresponsible: งาน {item.Code} ปี 2569\nupdated: 2026-01-15\nfiscal_year: 2569\ncovers: {{ from: 2025-10-01, to: 2026-03-31 }}\nsummary: ข้อมูล {item.Code} ประจำปีงบประมาณ พ.ศ. 2569\n---\n## ผลการดำเนินงาน ปี 2569\n\nข้อ {item.Code} ของปี 2569\n\n::data[services-2569]\n");
        }

        site.Write("data/services-2569.yaml", "kind: service-statistics\ntitle: สถิติการให้บริการ 2569\nunit: ราย\nmonths: [2568-10]\nservices:\n  - { name: ขออนุญาต, counts: [5] }\n");
        site.Write("measures/2569/m1.md", "---\nmeasure: 1\ntitle: มาตรการเปิดเผยข้อมูล ปี 2569\nindicators: [O1, O2]\nresponsible: สำนักปลัด\n---\n## ผลการดำเนินงาน\n\nx\n");
        return site;
    }

    [Fact]
    public async Task A_site_with_2566_and_2569_pages_and_no_year_keys_builds_both_years_completely()
    {
        using var site = TwoYearSite();
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.ItemWithoutPage);
        Assert.Equal(43, result.Site!.Items.Count(i => i.Page.Year == 2566));
        Assert.Equal(26, result.Site.Items.Count(i => i.Page.Year == 2569));
        foreach (var (year, count) in new[] { (2566, 43), (2569, 26) })
        {
            var pages = site.OutputHtmlFiles().Where(f => Regex.IsMatch(f, $"^oit/{year}/o[0-9]+/index.html$")).ToList();
            Assert.Equal(count, pages.Count);
            Assert.All(pages, p => Assert.Contains($"ของปี {year}", site.Html(p).QuerySelector(".prose")!.TextContent, StringComparison.Ordinal));
            var sheet = site.ReadOutput($"oit/{year}/itas.csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(count + 1, sheet.Length);
            Assert.DoesNotContain(sheet, l => l.Contains("ยังไม่ได้เผยแพร่", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task New_year_2570_then_a_build_leaves_every_published_file_byte_identical()
    {
        using var site = TwoYearSite();
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = FolderSnapshot.Of(site.OutputDir);
        var contentBefore = FolderSnapshot.Of(site.ContentDir);

        var (exit, output, errors) = await CliRunner.Run("new-year", "2570", "--content", site.ContentDir);
        Assert.True(exit == 0, errors);
        Assert.StartsWith("สร้าง ITA 2570 (ฉบับร่าง) จากปี 2569", output, StringComparison.Ordinal);
        Assert.Contains("services-2569", output, StringComparison.Ordinal);

        // Every file that existed is unchanged; the new ones are all under the new year's folders.
        var contentAfter = FolderSnapshot.Of(site.ContentDir);
        Assert.All(contentBefore, kv => Assert.Equal(kv.Value, contentAfter[kv.Key]));
        var added = contentAfter.Keys.Except(contentBefore.Keys).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(26 + 1 + 1 + 1, added.Count); // items, framework.yaml, year.yaml, one measure
        Assert.All(added, p => Assert.True(p.StartsWith("oit/2570/", StringComparison.Ordinal) || p.StartsWith("measures/2570/", StringComparison.Ordinal), p));

        var rebuilt = await site.BuildAsync();
        Assert.True(rebuilt.Succeeded, TestSite.Lines(rebuilt));
        Assert.Equal(before, FolderSnapshot.Of(site.OutputDir));

        var check = await TestBuilds.BuildAsync(TestBuilds.InMemory(site.ContentDir, site.OutputDir) with { CheckReadiness = true, IncludeDraftYears = true }, TestContext.Current.CancellationToken);
        Assert.Equal([2566, 2569, 2570], check.Site!.Years.All.Select(y => y.Year));
        Assert.True(check.Site.Years.IsDraft(2570));
        Assert.Contains(check.Check!.Years, y => y.Year == 2570);
        Assert.Contains(check.Diagnostics.Sorted(), d => d.Code == "ITA4007" && d.Span.File == "content/oit/2570/o1.md");
    }

    [Fact]
    public async Task New_year_carries_over_by_the_mapping_and_advances_the_years()
    {
        using var site = TwoYearSite();
        var (exit, _, errors) = await CliRunner.Run("new-year", "2570", "--content", site.ContentDir);
        Assert.True(exit == 0, errors);
        var o3 = File.ReadAllText(Path.Combine(site.ContentDir, "oit/2570/o3.md"));
        Assert.Contains("indicator: O3\nstatus: not-started\nresponsible: \"งาน O3 ปี 2569\"\nfiscal_year: 2570\ncovers: { from: 2026-10-01, to: 2027-03-31 }\n", o3, StringComparison.Ordinal);
        Assert.Contains("summary: \"ข้อมูล O3 ประจำปีงบประมาณ พ.ศ. 2570\"", o3, StringComparison.Ordinal);
        Assert.Contains("## ผลการดำเนินงาน ปี 2570", o3, StringComparison.Ordinal);
        Assert.DoesNotContain("evidence:", o3, StringComparison.Ordinal);
        Assert.DoesNotContain("::data", o3, StringComparison.Ordinal);
        var framework = FrameworkLoader.Parse(File.ReadAllText(Path.Combine(site.ContentDir, "oit/2570/framework.yaml")), "framework.yaml", new DiagnosticBag())!;
        Assert.Equal((2570, 2569, Confidence.Draft), (framework.Year, framework.PreviousYear, framework.Confidence));
        Assert.All(framework.Items, i => Assert.Equal([i.Code], i.Continues));
        Assert.Contains("draft: true", File.ReadAllText(Path.Combine(site.ContentDir, "oit/2570/year.yaml")), StringComparison.Ordinal);
        Assert.Contains("indicators: [O1, O2]", File.ReadAllText(Path.Combine(site.ContentDir, "measures/2570/m1.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_year_onto_a_shipped_framework_follows_the_mapping_across_years()
    {
        using var site = TwoYearSite();
        Directory.Delete(Path.Combine(site.ContentDir, "oit/2569"), recursive: true);
        Directory.Delete(Path.Combine(site.ContentDir, "measures/2569"), recursive: true);
        var (exit, output, errors) = await CliRunner.Run("new-year", "2569", "--from", "2566", "--content", site.ContentDir);
        Assert.True(exit == 0, errors);
        Assert.False(File.Exists(Path.Combine(site.ContentDir, "oit/2569/framework.yaml")));
        var catalog = FrameworkCatalog.Build(new Dictionary<int, IndicatorFramework> { [2566] = FrameworkLoader.LoadBuiltIn(2566, new())!, [2569] = FrameworkLoader.LoadBuiltIn(2569, new())! }, new());
        var mapped = FrameworkLoader.LoadBuiltIn(2569, new())!.Items.First(i => catalog.SameTopic(2569, i.Code).Any(t => t.Year == 2566 && t.Items.Count > 0));
        Assert.Contains("responsible: \"กองคลัง ปี 2566\"", File.ReadAllText(Path.Combine(site.ContentDir, $"oit/2569/{mapped.Code.Slug}.md")), StringComparison.Ordinal);
        Assert.Contains("สร้าง ITA 2569 (ฉบับร่าง) จากปี 2566", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "new-year", "2569" }, "content/oit/2569/", "ITA2040")]
    [InlineData(new[] { "new-year", "2570", "--from", "2567" }, "content", "ITA2041")]
    [InlineData(new[] { "new-year", "2560" }, "content", "ITA2041")]
    [InlineData(new[] { "new-year", "2568", "--from", "2569" }, "content", "ITA2042")]
    [InlineData(new[] { "new-year", "1999" }, "content", "ITA2042")]
    public async Task New_year_bad_input_is_a_positioned_error_and_changes_nothing(string[] args, string where, string code)
    {
        using var site = TwoYearSite();
        var before = FolderSnapshot.Of(site.ContentDir);
        var (exit, output, errors) = await CliRunner.Run([.. args, "--content", site.ContentDir]);
        Assert.Equal(1, exit);
        Assert.Matches($"^{Regex.Escape(site.ContentDir + where["content".Length..])}[^ ]*: error {code}: ", errors.Trim());
        Assert.Contains("nothing was written", output, StringComparison.Ordinal);

        Assert.Equal(before, FolderSnapshot.Of(site.ContentDir));
        Assert.Empty(Directory.GetDirectories(site.ContentDir, ".itasite-new-year-*"));
    }
}
