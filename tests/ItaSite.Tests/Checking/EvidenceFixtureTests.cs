using System.Globalization;
using ItaSite.Generator.Checking;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Checking;

/// <summary>
/// Evidence faults as a shared base plus one changed file: <c>Sites/Evidence/base/</c> is a clean site with one item per kind
/// of evidence requirement; every other folder holds only the file(s) it changes and <c>expected.txt</c>, the exact
/// diagnostics <c>check</c> must print. The base itself must give none (no false alarms). Binary files come from make-files.py.
/// </summary>
public sealed class EvidenceFixtureTests
{
    private static string Root => Path.Combine(RepoPaths.Root, "tests", "ItaSite.Tests", "Sites", "Evidence");

    private static DateOnly Today => DateOnly.ParseExact(File.ReadAllText(Path.Combine(Root, "base", "today.txt")).Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(Root).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Check_reports_exactly_the_planted_fault_with_its_file_and_line(string name)
    {
        using var site = Overlay(name);
        var expected = File.ReadAllLines(Path.Combine(Root, name, "expected.txt")).Where(l => l.Length > 0).ToList();

        var result = await CheckFixtureTests.CheckAsync(site.ContentDir, Today);

        Assert.Equal(expected, result.Diagnostics.Sorted().Select(d => d.ToString()).ToList());
        Assert.Equal(expected.Any(l => l.Contains(": error ", StringComparison.Ordinal)), !result.Succeeded);
    }

    [Fact]
    public async Task The_clean_base_is_ready_and_lists_what_only_a_person_can_check()
    {
        using var site = Overlay("base");

        var year = Assert.Single((await CheckFixtureTests.CheckAsync(site.ContentDir, Today)).Check!.Years);

        Assert.True(year.Ready);
        Assert.Equal(6, year.Passed);
        Assert.Equal(2, year.ManualChecks);
        Assert.StartsWith("ITA 2566: พร้อม —", year.ThaiSummary(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_typeset_signature_makes_the_item_doubtful_not_passed()
    {
        using var site = Overlay("typeset-signature");

        var year = Assert.Single((await CheckFixtureTests.CheckAsync(site.ContentDir, Today)).Check!.Years);

        var o1 = year.Items.Single(i => i.Code.Number == 1);
        Assert.Equal(ReadinessVerdict.Warn, o1.Verdict);
        Assert.Equal(83.33m, year.MinimumShare);
        Assert.Equal(100m, year.MaximumShare);
        Assert.Contains("ตัวพิมพ์", ThaiReasons.Reason(o1.Findings.Single()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Portraits_that_are_drawings_fail_the_item_and_the_summary_says_not_ready()
    {
        using var site = Overlay("svg-portrait");

        var year = Assert.Single((await CheckFixtureTests.CheckAsync(site.ContentDir, Today)).Check!.Years);

        Assert.Equal(ReadinessVerdict.Fail, year.Items.Single(i => i.Code.Number == 2).Verdict);
        Assert.False(year.Ready);
        Assert.StartsWith("ITA 2566: ไม่พร้อม 1 ข้อเสี่ยงได้ 0 คะแนน", year.ThaiSummary(), StringComparison.Ordinal);
    }

    /// <summary>The base copied to a temporary folder with the case's files written over it.</summary>
    private static TestSite Overlay(string name) => FixtureSites.Materialize("Evidence", name);
}
