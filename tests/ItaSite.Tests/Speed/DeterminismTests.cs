using ItaSite.Generator.Pipeline;

namespace ItaSite.Tests.Speed;

public class DeterminismTests
{
    [Fact]
    public async Task Same_input_gives_byte_identical_output_whatever_the_thread_count()
    {
        using var site = SpeedSites.Create();
        var one = await Build(site, 1);
        var all = await Build(site, null);
        var again = await Build(site, 4);

        Assert.True(one.Succeeded, string.Join("\n", one.Diagnostics.Sorted()));
        Assert.True(one.PageCount > 80);
        AssertSame(one, all);
        AssertSame(one, again);
    }

    [Fact]
    public async Task Written_output_folders_are_identical_across_builds()
    {
        using var site = SpeedSites.Create(20);
        Assert.True((await site.BuildAsync()).Written);
        var first = Snapshot(site.OutputDir);
        Assert.True((await site.BuildAsync()).Written);
        var second = Snapshot(site.OutputDir);

        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, kv => Assert.Equal(kv.Value, second[kv.Key]));
    }

    private static Task<BuildResult> Build(Support.TestSite site, int? threads) =>
        TestBuilds.BuildAsync(TestBuilds.InMemory(site.ContentDir, site.OutputDir) with { MaxParallelism = threads });

    private static void AssertSame(BuildResult expected, BuildResult actual)
    {
        Assert.Equal(expected.Files.Select(f => f.RelativePath), actual.Files.Select(f => f.RelativePath));
        var a = SpeedSites.Bytes(expected.Files);
        var b = SpeedSites.Bytes(actual.Files);
        Assert.All(a, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(b[kv.Key]), $"{kv.Key} differs"));
    }

    private static Dictionary<string, byte[]> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes);
}
