using ItaSite.Cli;
using ItaSite.Cli.Progress;
using ItaSite.Generator.Pipeline;
using ItaSite.Tests.Speed;

namespace ItaSite.Tests.Cli;

/// <summary>The plain-line progress mode, used whenever stdout is not an interactive terminal (here: a redirected writer).</summary>
public class ProgressDisplayTests
{
    [Fact]
    public void A_writer_that_is_not_the_console_gets_plain_lines()
    {
        Assert.IsType<PlainProgress>(ProgressDisplay.For(new StringWriter()));
    }

    [Fact]
    public async Task Build_prints_one_line_per_stage_and_a_timing_summary_before_the_closing_line()
    {
        using var site = SpeedSites.Create(5);
        var stdout = new StringWriter();
        var exit = await CliApp.RunAsync(["build", "--content", site.ContentDir, "--output", site.OutputDir], stdout, new StringWriter());
        Assert.Equal(0, exit);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var stages = lines.Where(l => l.Contains(": done in ", StringComparison.Ordinal)).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).ToList();
        Assert.Equal(["load", "site", "parse", "validate", "markdown"], stages.Take(5));
        Assert.Equal("write", stages[^1]);
        Assert.True(stages.IndexOf("links") < stages.IndexOf("theme"), string.Join(", ", stages));
        Assert.Matches(@"^parse: done in \d+ ms, \d+ items$", lines.Single(l => l.StartsWith("parse:", StringComparison.Ordinal)));
        var summary = Array.IndexOf(lines, "timing per stage (เวลาแต่ละขั้นตอน):");
        Assert.True(summary > 0, stdout.ToString());
        Assert.Equal(stages, lines.Skip(summary + 1).Take(stages.Count).Select(l => l.Trim().Split(' ')[0]));
        Assert.All(lines.Skip(summary + 1).Take(stages.Count), l => Assert.Matches(@"^  [a-z]+ +\d+ ms +\d+%$", l));
        Assert.Matches(@"^  total +\d+ ms$", lines[summary + 1 + stages.Count]);
        Assert.StartsWith("built ", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Long_stages_report_each_tenth_as_a_whole_line()
    {
        using var site = SpeedSites.Create(40);
        var stdout = new StringWriter();
        var progress = new PlainProgress(stdout, longStage: 20);
        var options = TestBuilds.InMemory(site.ContentDir, site.OutputDir) with { Progress = progress };
        var result = await progress.RunAsync(() => new SiteBuilder(options).BuildAsync());
        Assert.True(result.Succeeded);
        var parse = stdout.ToString().Split('\n').Where(l => l.StartsWith("parse: ", StringComparison.Ordinal) && l.Contains('%', StringComparison.Ordinal)).ToList();
        Assert.Equal(9, parse.Count);
        Assert.All(parse, l => Assert.Matches(@"^parse: \d+/\d+ \(\d0%\)$", l));
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"({i * 10}%)"), parse.Select(l => l[l.IndexOf('(', StringComparison.Ordinal)..]));
    }
}
