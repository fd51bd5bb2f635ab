using ItaSite.Generator.Pipeline;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Diagnostics;

/// <summary>
/// Same input, same diagnostics, byte for byte, at any thread count: each parallel work item reports into a bag of its own,
/// so one file's error can never make another, valid file fail (which once turned valid item pages into a spurious ITA2003
/// "item has no page" when other pages failed at the same moment).
/// </summary>
public sealed class DiagnosticsDeterminismTests
{
    private const int FailingPages = 20;

    [Fact]
    public async Task Many_failing_files_give_the_same_diagnostics_at_every_thread_count_and_run()
    {
        using var site = SiteWithFailures();
        var expected = await Lines(site, 1);

        // Each failing page reports exactly one error of its own, each undecodable file one, and nothing else is reported.
        Assert.True(expected.Count(l => l.Contains("error ITA1004", StringComparison.Ordinal)) == FailingPages, string.Join("\n", expected));
        Assert.Equal(3, expected.Count(l => l.Contains("error ITA1006", StringComparison.Ordinal)));
        Assert.DoesNotContain(expected, l => l.Contains("ITA2003", StringComparison.Ordinal));
        Assert.Equal(FailingPages + 3, expected.Count);

        foreach (var threads in new int?[] { 2, 4, 8, null })
        {
            for (var run = 0; run < 4; run++)
            {
                Assert.Equal(expected, await Lines(site, threads));
            }
        }
    }

    [Fact]
    public async Task A_valid_page_parsed_beside_failing_ones_is_never_dropped()
    {
        using var site = SiteWithFailures();
        for (var run = 0; run < 6; run++)
        {
            var result = await Build(site, 8);
            Assert.Equal(43, result.Site!.Items.Count);
        }
    }

    private static TestSite SiteWithFailures()
    {
        var site = TestSite.WithBasics();
        for (var n = 1; n <= 43; n++)
        {
            site.Write($"oit/2566/o{n}.md", TestSite.Item($"O{n}", body: string.Concat(Enumerable.Repeat($"ข้อ {n} เนื้อหา\n\n", 40))));
        }

        for (var n = 0; n < FailingPages; n++)
        {
            // A menu position that is not a number: one ITA1004 per page, reported while the valid item pages are being parsed.
            site.Write($"pages/bad/b{n:D2}.md", $"---\ntitle: หน้าที่ {n}\nmenu: ไม่ใช่ตัวเลข\n---\nเนื้อหา\n");
        }

        for (var n = 0; n < 3; n++)
        {
            site.WriteBytes($"pages/binary/x{n}.md", [0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x0A]);
        }

        return site;
    }

    private static Task<BuildResult> Build(TestSite site, int? threads) =>
        TestBuilds.BuildAsync(TestBuilds.InMemory(site.ContentDir, site.OutputDir) with { MaxParallelism = threads });

    /// <summary>The diagnostics in the order they were reported (not sorted afterwards: the merge itself must be deterministic).</summary>
    private static async Task<List<string>> Lines(TestSite site, int? threads) =>
        [.. (await Build(site, threads)).Diagnostics.Items.Select(d => d.ToString())];
}
