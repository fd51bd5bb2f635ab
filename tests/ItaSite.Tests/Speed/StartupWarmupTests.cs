using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Pipeline;
using ItaSite.Themes.Default;

namespace ItaSite.Tests.Speed;

/// <summary>
/// The start-up warm-up swallows its failures in the CLI (a build must never fail because of it), so a warm-up that broke would
/// only be slower, silently: its own tiny site must keep going through every step without an error.
/// </summary>
public class StartupWarmupTests
{
    [Fact]
    public void The_warm_up_site_goes_through_every_step_without_an_error()
    {
        var diagnostics = StartupWarmup.Run(DefaultTheme.Create());
        Assert.DoesNotContain(diagnostics.Items, d => d.Severity == Severity.Error);
    }

    [Fact]
    public async Task A_build_beside_a_running_warm_up_makes_the_same_files()
    {
        using var site = SpeedSites.Create(plainPages: 20);
        var alone = await new SiteBuilder(BuildSessionTests.Options(site) with { WriteOutput = false }).BuildAsync(TestContext.Current.CancellationToken);
        var warm = Task.Run(() => StartupWarmup.Run(DefaultTheme.Create()), TestContext.Current.CancellationToken);
        var beside = await new SiteBuilder(BuildSessionTests.Options(site) with { WriteOutput = false }).BuildAsync(TestContext.Current.CancellationToken);
        await warm;

        Assert.True(beside.Succeeded, string.Join("\n", beside.Diagnostics.Sorted()));
        var (expected, actual) = (SpeedSites.Bytes(alone.Files), SpeedSites.Bytes(beside.Files));
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(actual[kv.Key]), kv.Key));
        Assert.Equal(alone.Diagnostics.Sorted().Select(d => d.ToString()), beside.Diagnostics.Sorted().Select(d => d.ToString()));
    }
}
