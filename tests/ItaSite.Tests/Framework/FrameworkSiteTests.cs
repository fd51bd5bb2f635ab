using ItaSite.Generator.Framework;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Framework;

/// <summary>A site's own framework files (site.yaml <c>frameworks:</c>): corrections work, and a broken one gives its own errors only.</summary>
public class FrameworkSiteTests
{
    private static TestSite Site2569(string frameworkText, int year = 2569)
    {
        var site = TestSite.WithBasics();
        site.Write("site.yaml", TestSite.MinimalSiteYaml
            .Replace("assessment_years: [2566]", $"assessment_years: [{year}]\nframeworks: [frameworks/ita-{year}.yaml]", StringComparison.Ordinal)
            .Replace("current_year: 2566", $"current_year: {year}", StringComparison.Ordinal));
        site.Write($"frameworks/ita-{year}.yaml", frameworkText);
        foreach (var n in new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26 })
        {
            site.Write($"oit/{year}/o{n}.md", $"---\nindicator: O{n}\nyear: {year}\nstatus: done\nresponsible: สำนักปลัด\nupdated: 2026-03-15\n---\nเนื้อหา\n");
        }

        return site;
    }

    [Theory]
    [InlineData(2569)] // a correction of a shipped year: the broken file must not silently fall back to the built-in one
    [InlineData(2570)] // a year that does not ship (the case: ~30 false ITA2005 errors before)
    public async Task One_typo_in_a_site_framework_gives_that_error_and_no_cascade_over_the_pages_of_its_year(int year)
    {
        var text = FrameworkLoader.BuiltInText(2569)!
            .Replace("year: 2569\nprevious_year: 2568\n", $"year: {year}\nprevious_year: {year - 1}\n", StringComparison.Ordinal)
            .Replace("    period: current_fy\n", "    period: current-fy\n", StringComparison.Ordinal);
        if (year == 2570)
        {
            text = string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith("continues:", StringComparison.Ordinal)));
        }

        var line = text[..text.IndexOf("current-fy", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        using var site = Site2569(text, year);
        var result = await site.BuildAsync(write: false);
        Assert.False(result.Succeeded);
        var errors = TestSite.Errors(result).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal($"content/frameworks/ita-{year}.yaml", e.Span.File));
        Assert.All(errors, e => Assert.Equal("ITA1004", e.Code));
        Assert.Equal(line, errors[0].Span.Line);
        Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.Code is "ITA2005" or "ITA2001" or "ITA2003");
    }

    [Fact]
    public async Task A_file_too_broken_to_read_still_spares_the_pages_of_its_year()
    {
        using var site = Site2569("year: 2569\nitems: [\n");
        var result = await site.BuildAsync(write: false);
        var errors = TestSite.Errors(result).ToList();
        Assert.Equal("ITA1001", Assert.Single(errors).Code);
    }

    [Fact]
    public async Task A_site_correction_of_a_shipped_year_replaces_it_and_its_mapping_is_checked()
    {
        var text = FrameworkLoader.BuiltInText(2569)!
            .Replace("title: ข้อมูลผู้บริหาร\n", "title: ข้อมูลผู้บริหารและผู้ดำรงตำแหน่งทางการบริหาร\n", StringComparison.Ordinal)
            .Replace("    continues: [O20]\n", "    continues: [O27]\n", StringComparison.Ordinal);
        using var site = Site2569(text);
        var result = await site.BuildAsync(write: false);
        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal("ITA2010", error.Code);
        Assert.Equal("content/frameworks/ita-2569.yaml", error.Span.File);

        using var fixedSite = Site2569(text.Replace("[O27]", "[O20]", StringComparison.Ordinal));
        var ok = await fixedSite.BuildAsync();
        Assert.Empty(TestSite.Errors(ok));
        Assert.Contains("ข้อมูลผู้บริหารและผู้ดำรงตำแหน่งทางการบริหาร", File.ReadAllText(Path.Combine(fixedSite.OutputDir, "oit/2569/o2/index.html")), StringComparison.Ordinal);
    }
}
