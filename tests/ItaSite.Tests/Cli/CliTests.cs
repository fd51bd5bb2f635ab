using ItaSite.Tests.Support;

namespace ItaSite.Tests.Cli;

public class CliTests
{
    private static Task<(int Exit, string Out, string Err)> Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public async Task Unknown_option_is_a_usage_error_with_exit_code_2()
    {
        var (exit, _, err) = await Run("build", "--colour", "red");
        Assert.Equal(2, exit);
        Assert.Contains("error ITA0001", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_command_is_a_usage_error()
    {
        var (exit, output, err) = await Run();
        Assert.Equal(2, exit);
        Assert.Contains("usage:", output + err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_prints_diagnostics_to_stderr_and_exits_1_on_errors()
    {
        using var site = TestSite.WithBasics();
        site.Write("oit/2566/o50.md", "---\nindicator: O50\n---\n");
        var (exit, output, err) = await Run("build", "--content", site.ContentDir, "--output", site.OutputDir);
        Assert.Equal(1, exit);
        Assert.Contains("o50.md:2:12: error ITA2001: O50 is not an item of ITA 2566", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.StartsWith("build failed: 1 error(s)", output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1], StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.OutputDir));
    }

    [Fact]
    public async Task Build_succeeds_and_summarises()
    {
        using var site = TestSite.WithBasics();
        var (exit, output, _) = await Run("build", "--content", site.ContentDir, "--output", site.OutputDir);
        Assert.Equal(0, exit);
        Assert.Matches(new System.Text.RegularExpressions.Regex(@"^built \d+ pages, \d+ files into", System.Text.RegularExpressions.RegexOptions.Multiline), output);
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "oit/2566/o43/index.html")));
    }

    [Fact]
    public async Task Warnings_as_errors_turns_warnings_into_a_failure()
    {
        using var site = TestSite.WithBasics();
        var (exit, _, err) = await Run("build", "--content", site.ContentDir, "--output", site.OutputDir, "--warnings-as-errors");
        Assert.Equal(1, exit);
        Assert.Contains("warning ITA2003", err, StringComparison.Ordinal);
    }
}
