using ItaSite.Cli;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Ship;

/// <summary>--version, --help listing every command, each command's help with examples, and the exit codes.</summary>
public class CliHelpTests
{
    [Theory]
    [InlineData("--version")]
    [InlineData("-V")]
    public async Task Version_prints_the_version_and_the_built_in_years_and_exits_0(string flag)
    {
        var (exit, output, _) = await CliRunner.Run(flag);
        Assert.Equal(0, exit);
        Assert.Matches(@"^itasite \d+\.\d+\.\d+ \(\.NET [0-9.]+; built-in ITA frameworks: 25\d\d", output);
        foreach (var year in ItaSite.Generator.Framework.FrameworkLoader.BuiltInYears())
        {
            Assert.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Help_lists_every_command_on_one_line_and_exits_0()
    {
        var (exit, output, _) = await CliRunner.Run("--help");
        Assert.Equal(0, exit);
        var lines = output.Split('\n');
        var commands = CliCommands.All(TextWriter.Null, TextWriter.Null);
        Assert.Contains(commands, c => c.Command.Name == "serve");
        Assert.Contains(commands, c => c.Command.Name == "new");
        foreach (var command in commands)
        {
            Assert.Single(lines, l => l.StartsWith("  " + command.Command.Name + " ", StringComparison.Ordinal) && l.Contains(command.Summary, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Each_command_has_help_with_its_options_and_examples()
    {
        foreach (var command in CliCommands.All(TextWriter.Null, TextWriter.Null))
        {
            var (exit, output, _) = await CliRunner.Run(command.Command.Name, "--help");
            Assert.Equal(0, exit);
            Assert.Contains("Usage:", output, StringComparison.Ordinal);
            Assert.Contains("Examples:", output, StringComparison.Ordinal);
            Assert.NotEmpty(command.Examples);
            Assert.All(command.Examples, e => Assert.Contains(e, output, StringComparison.Ordinal));
            Assert.Contains("itasite " + command.Command.Name, string.Join('\n', command.Examples), StringComparison.Ordinal);
            Assert.Equal(output, (await CliRunner.Run("help", command.Command.Name)).Out);
        }
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("build", "--colour", "red")]
    [InlineData("new")]
    [InlineData("check", "--format", "yaml")]
    public async Task A_wrong_command_line_exits_2_with_a_usage_hint(params string[] args)
    {
        var (exit, _, err) = await CliRunner.Run(args);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("error ITA0001", err, StringComparison.Ordinal);
        Assert.Contains("--help", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_exception_is_reported_in_one_line_with_its_own_exit_code()
    {
        // A NUL in a path makes .NET throw where the command does not expect it: the stand-in for any bug.
        using var site = TestSite.WithBasics();
        var (exit, _, err) = await CliRunner.Run("build", "--content", site.ContentDir, "--output", "a\0b");
        Assert.Equal(ExitCodes.Internal, exit);
        Assert.NotEqual(ExitCodes.Errors, exit);
        Assert.NotEqual(ExitCodes.Usage, exit);
        Assert.StartsWith("itasite: error ITA9999: internal error", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }
}
