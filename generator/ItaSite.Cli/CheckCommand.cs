using System.CommandLine;
using ItaSite.Generator.Site;
using ItaSite.Themes.Default;

namespace ItaSite.Cli;

/// <summary><c>itasite check</c>: loads, validates and renders in memory; writes nothing.</summary>
public static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var strict = CommonOptions.WarningsAsErrors();
        var command = new Command("check", "check the content without writing anything (ตรวจสอบเนื้อหา)") { content, strict };
        command.SetAction(async (parse, token) =>
        {
            var options = new BuildOptions
            {
                ContentDir = parse.GetValue(content)!,
                OutputDir = Path.Combine(Path.GetTempPath(), "itasite-check-unused"),
                Theme = DefaultTheme.Create(),
                WriteOutput = false,
            };
            var result = await new SiteBuilder(options).BuildAsync(token);
            await DiagnosticPrinter.PrintAsync(result, stderr);
            var failed = DiagnosticPrinter.Failed(result, parse.GetValue(strict));
            await stdout.WriteLineAsync($"check {(failed ? "failed" : "passed")}: {DiagnosticPrinter.Counts(result.Diagnostics)}");
            return failed ? ExitCodes.Errors : ExitCodes.Success;
        });
        return command;
    }
}
