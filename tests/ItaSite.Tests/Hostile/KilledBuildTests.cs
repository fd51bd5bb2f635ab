using System.Diagnostics;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Hostile;

/// <summary>The real CLI in a child process, killed with SIGKILL while it writes: the previous output stays complete.</summary>
public class KilledBuildTests
{
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "itasite.dll");

    [Fact]
    public async Task A_build_killed_while_writing_leaves_the_previous_output_intact()
    {
        using var site = TestSite.WithBasics();
        for (var i = 1; i <= 10; i++)
        {
            site.Write($"oit/2566/o{i}.md", TestSite.Item($"O{i}"));
        }

        Assert.Equal(0, await RunToEnd(site, delayMs: 0));
        var before = FolderSnapshot.Of(site.OutputDir);
        Assert.Contains("index.html", before.Keys);

        site.Write("pages/new.md", "---\ntitle: ใหม่\n---\nหน้าใหม่\n");
        using (var child = Start(site, delayMs: 100))
        {
            var deadline = Stopwatch.StartNew();
            while (!StagingHasFiles(site.Root, 5))
            {
                if (child.HasExited)
                {
                    Assert.Fail($"the build ended (exit {child.ExitCode}) before it could be killed: {await child.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken)}");
                }

                Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(60), "the build never started writing");
                await Task.Delay(20, TestContext.Current.CancellationToken);
            }

            child.Kill(entireProcessTree: true); // SIGKILL: no finally blocks, no cleanup
            await child.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(before, FolderSnapshot.Of(site.OutputDir));
        Assert.False(File.Exists(Path.Combine(site.OutputDir, "new/index.html")));

        Assert.Equal(0, await RunToEnd(site, delayMs: 0));
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "new/index.html")));
        Output.OutputSafetyTests.OnlyTheSpareIsLeft(site);
    }

    private static bool StagingHasFiles(string root, int count) =>
        Directory.EnumerateDirectories(root, ".output.staging-*").Any(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories).Take(count).Count() == count);

    private static Process Start(TestSite site, int delayMs)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = site.Root };
        foreach (var arg in new[] { Cli, "build", "--content", site.ContentDir, "--output", site.OutputDir })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["ITASITE_TEST_WRITE_DELAY_MS"] = delayMs.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Process.Start(info)!;
    }

    private static async Task<int> RunToEnd(TestSite site, int delayMs)
    {
        using var child = Start(site, delayMs);
        var stderr = child.StandardError.ReadToEndAsync();
        await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        Assert.True(child.ExitCode == 0, await stderr);
        return child.ExitCode;
    }
}
