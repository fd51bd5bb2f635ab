using System.Globalization;
using ItaSite.Generator.Checking;
using ItaSite.Generator.Pipeline;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Checking;

/// <summary>
/// Zola-style site fixtures as a shared base plus one changed file (<see cref="FixtureSites"/>): <c>Sites/Invalid/base/</c>
/// is a clean three-item site whose <c>expected.txt</c> is empty (no false alarms); every other <c>Sites/Invalid/&lt;case&gt;/</c>
/// holds only the file with its fault (or a <c>removed.txt</c>) and <c>expected.txt</c>, the exact diagnostics <c>check</c>
/// must print (an optional <c>today.txt</c> fixes the date, default 2023-06-30).
/// </summary>
public class CheckFixtureTests
{
    public static TheoryData<string> Cases() => new(FixtureSites.Cases("Invalid"));

    public static Task<BuildResult> CheckAsync(string contentDir, DateOnly today) =>
        TestBuilds.BuildAsync(TestBuilds.Check(contentDir, today));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Check_reports_exactly_the_expected_diagnostics(string name)
    {
        var dir = FixtureSites.Folder("Invalid", name);
        var todayFile = Path.Combine(dir, "today.txt");
        var today = File.Exists(todayFile)
            ? DateOnly.ParseExact(File.ReadAllText(todayFile).Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : new DateOnly(2023, 6, 30);
        var expected = File.ReadAllLines(Path.Combine(dir, "expected.txt")).Where(l => l.Length > 0).ToList();

        using var site = FixtureSites.Materialize("Invalid", name);
        var result = await CheckAsync(site.ContentDir, today);

        Assert.Equal(expected, result.Diagnostics.Sorted().Select(d => d.ToString()).ToList());
        Assert.Equal(expected.Any(l => l.Contains(": error ", StringComparison.Ordinal)), !result.Succeeded);
    }

    [Fact]
    public async Task A_fault_makes_its_item_fail_in_the_readiness_report_with_the_reason()
    {
        using var site = FixtureSites.Materialize("Invalid", "broken-anchor");
        var result = await CheckAsync(site.ContentDir, new DateOnly(2023, 6, 30));

        var items = Assert.Single(result.Check!.Years).Items;
        var o1 = items.Single(i => i.Code.Number == 1);
        Assert.Equal(ReadinessVerdict.Fail, o1.Verdict);
        Assert.Contains(o1.Findings, f => f.Code == "ITA3003" && f.Location.Line == 7);
        Assert.All(items.Where(i => i.Code.Number != 1), i => Assert.Equal(ReadinessVerdict.Pass, i.Verdict));
        Assert.Equal(66.67m, result.Check.Years[0].MinimumShare);
    }

    [Fact]
    public async Task A_gap_on_an_in_progress_page_is_a_warning_but_still_fails_the_item()
    {
        using var site = FixtureSites.Materialize("Invalid", "in-progress-gap");
        var result = await CheckAsync(site.ContentDir, new DateOnly(2023, 6, 30));

        Assert.True(result.Succeeded);
        var o1 = result.Check!.Years[0].Items.Single(i => i.Code.Number == 1);
        Assert.Equal(ReadinessVerdict.Fail, o1.Verdict);
        Assert.Equal(2, result.Check.Years[0].Passed);
    }

    [Fact]
    public async Task A_clean_site_passes_every_item_and_lists_no_external_links_it_does_not_have()
    {
        using var site = FixtureSites.Materialize("Invalid", "base");
        var result = await CheckAsync(site.ContentDir, new DateOnly(2023, 6, 30));

        var year = Assert.Single(result.Check!.Years);
        Assert.Equal(3, year.Passed);
        Assert.Equal(100m, year.MaximumShare);
        Assert.Empty(result.Check.ExternalLinks);
        Assert.All(year.Items, i => Assert.All(i.Components, c => Assert.True(c.Covered)));
    }
}
