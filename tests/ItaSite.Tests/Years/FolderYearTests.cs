using ItaSite.Generator.Diagnostics;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Years;

/// <summary>The folder decides the year of a page; a contradicting <c>year:</c> key, a page outside a year folder and a year without a framework are positioned errors.</summary>
public class FolderYearTests
{
    private static TestSite TwoYears(string siteExtra = "")
    {
        var site = TestSite.WithBasics();
        site.Write("site.yaml", YearFixtures.SiteYaml(siteExtra));
        site.Write("oit/2566/o1.md", TestSite.Item("O1", body: "## โครงสร้างปี 2566\n\nแผนผังโครงสร้างของปี 2566\n"));
        site.Write("oit/2569/framework.yaml", YearFixtures.Framework(2569, 3));
        site.Write("oit/2569/o1.md", "---\nindicator: O1\nstatus: done\nresponsible: สำนักปลัด\nupdated: 2026-01-10\n---\n## ข้อมูลปี 2569\n\nข้อมูลของปี 2569\n");
        site.Write("measures/2566/m1.md", "---\nmeasure: 1\ntitle: มาตรการทดสอบปี 2566\n---\nเนื้อหา\n");
        return site;
    }

    [Theory]
    [InlineData("oit/2566/o1.md", 2566)]
    [InlineData("measures/2570/m1.md", 2570)]
    [InlineData("data/2569/complaints.yaml", 2569)]
    [InlineData("oit/2566/", 2566)]
    [InlineData("oit/2566/sub/o1.md", 2566)]
    [InlineData("oit/2566", null)]
    [InlineData("pages/2566/a.md", null)]
    [InlineData("oitx/2566/a.md", null)]
    [InlineData("/oit/2566/a.md", null)]
    [InlineData("oit//a.md", null)]
    [InlineData("oit/25a6/a.md", null)]
    [InlineData("oit/๒๕๖๖/a.md", null)]
    [InlineData("oit/2499/a.md", null)]
    [InlineData("oit/2701/a.md", null)]
    [InlineData("oit/25660/a.md", null)]
    public void The_year_of_a_path_is_its_second_segment_under_a_year_kind_folder(string path, int? year) =>
        Assert.Equal(year, ItaSite.Generator.Content.YearFolders.YearOf(path));

    [Fact]
    public async Task Pages_without_year_keys_stay_in_the_year_of_their_folder()
    {
        // The rollover bug: a later current_year must never move pages of other years.
        using var site = TwoYears("current_year: 2569\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        Assert.Equal([2566, 2569], result.Site!.Years.All.Select(y => y.Year));
        Assert.Equal(2569, result.Site.Years.Current);

        var o1of2566 = site.Html("oit/2566/o1/index.html");
        Assert.Equal("ดำเนินการแล้ว", o1of2566.QuerySelector(".status")!.TextContent);
        Assert.Contains("แผนผังโครงสร้างของปี 2566", o1of2566.QuerySelector(".prose")!.TextContent, StringComparison.Ordinal);
        var o1of2569 = site.Html("oit/2569/o1/index.html");
        Assert.Contains("ข้อมูลของปี 2569", o1of2569.QuerySelector(".prose")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, site.Html("oit/2569/index.html").QuerySelectorAll("tr[data-item]").Length);
        Assert.Equal(43, site.Html("oit/2566/index.html").QuerySelectorAll("tr[data-item]").Length);
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "measures/2566/1/index.html")));
    }

    [Fact]
    public async Task Without_current_year_the_latest_year_leads()
    {
        using var site = TwoYears();
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        Assert.Equal(2569, result.Site!.Years.Current);
    }

    [Theory]
    [InlineData("oit/2569/o2.md", "---\nindicator: O2\nyear: 2570\n---\nx\n", "content/oit/2569/o2.md:3:7: error ITA2030: year: 2570 contradicts the folder oit/2569/")]
    [InlineData("measures/2566/m2.md", "---\nmeasure: 2\ntitle: t\nyear: 2569\n---\nx\n", "content/measures/2566/m2.md:4:7: error ITA2030: year: 2569 contradicts the folder measures/2566/")]
    [InlineData("oit/o2.md", "---\nindicator: O2\n---\nx\n", "content/oit/o2.md:1:1: error ITA2031: pages under oit/ go in the folder of their assessment year")]
    [InlineData("oit/2570/o1.md", "---\nindicator: O1\n---\nx\n", "content/oit/2570/o1.md:1:1: error ITA2032: no framework for ITA 2570")]
    [InlineData("site.yaml", null, "content/site.yaml:17:15: error ITA2033: current_year 2571 is not a year of this site (years: 2566, 2569)")]
    [InlineData("oit/2569/framework.yaml", "2568", "content/oit/2569/framework.yaml:1:1: error ITA2034: this framework is for 2568 but sits in the folder of 2569")]
    public async Task Year_mistakes_are_positioned_errors_and_nothing_is_written(string path, string? text, string expected)
    {
        using var site = TwoYears();
        site.Write(path, path switch
        {
            "site.yaml" => YearFixtures.SiteYaml("current_year: 2571\n"),
            "oit/2569/framework.yaml" => YearFixtures.Framework(int.Parse(text!, System.Globalization.CultureInfo.InvariantCulture), 3),
            _ => text!,
        });
        var result = await site.BuildAsync();
        Assert.False(result.Succeeded);
        var errors = TestSite.Errors(result).Select(d => d.ToString()).ToList();
        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
        Assert.Single(errors);
        Assert.False(Directory.Exists(site.OutputDir));
    }

    [Fact]
    public async Task Broken_frameworks_of_several_years_are_reported_in_year_order_every_time()
    {
        // The years' framework files are parsed side by side; their messages must still come out year by year.
        using var site = TwoYears();
        foreach (var year in new[] { 2573, 2571, 2572 })
        {
            site.Write($"oit/{year}/framework.yaml", $"year: {year}\ntitle: ITA {year}\n");
            site.Write($"oit/{year}/o1.md", "---\nindicator: O1\n---\nx\n");
        }

        for (var build = 0; build < 5; build++)
        {
            var result = await site.BuildAsync();
            Assert.False(result.Written);
            // In the order reported, not sorted: each year's messages together, the years ascending.
            var files = result.Diagnostics.Items.Where(d => d.Severity == Severity.Error).Select(e => e.Span.File).ToList();
            Assert.Equal(["content/oit/2571/framework.yaml", "content/oit/2572/framework.yaml", "content/oit/2573/framework.yaml"], files.Distinct());
            Assert.Equal(files.Order(StringComparer.Ordinal), files);
        }
    }

    [Fact]
    public async Task A_year_without_framework_is_one_error_not_one_per_page()
    {
        using var site = TwoYears();
        for (var n = 1; n <= 5; n++)
        {
            site.Write($"oit/2571/o{n}.md", $"---\nindicator: O{n}\n---\nx\n");
        }

        site.Write("measures/2571/m1.md", "---\nmeasure: 1\ntitle: t\n---\nx\n");
        var result = await site.BuildAsync();
        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal(DiagnosticCodes.YearWithoutFramework, error.Code);
        Assert.Equal("content/measures/2571/m1.md", error.Span.File);
        Assert.Contains("itasite new-year 2571", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_listed_assessment_year_without_framework_points_at_its_entry()
    {
        using var site = TwoYears("assessment_years: [2566, 2572]\n");
        var result = await site.BuildAsync();
        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal(DiagnosticCodes.YearWithoutFramework, error.Code);
        Assert.StartsWith("content/site.yaml:17:", error.Span.ToString(), StringComparison.Ordinal);
    }
}
