using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ItaSite.Generator.Pipeline;
using ItaSite.Themes.Default;

namespace ItaSite.Cli;

/// <summary><c>itasite build</c>: builds the site into the output folder, replacing it only when the build succeeds.</summary>
public static class BuildCommand
{
    public static IReadOnlyList<string> Examples =>
    [
        "itasite build                              build content/ into output/",
        "itasite build -c content -o public         another output folder",
        "itasite build --warnings-as-errors         fail on warnings too (for CI)",
    ];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var output = CommonOptions.Output();
        var strict = CommonOptions.WarningsAsErrors();
        var command = new Command("build", "build the site (สร้างเว็บไซต์)") { content, output, strict };
        command.SetAction(async (parse, token) =>
        {
            var watch = Stopwatch.StartNew();
            var progress = Progress.ProgressDisplay.For(stdout);
            var options = new BuildOptions
            {
                ContentDir = parse.GetValue(content)!,
                OutputDir = parse.GetValue(output)!,
                Theme = DefaultTheme.Create(),
                Progress = progress,
                WriteDelayPerFile = TestHooks.WriteDelayPerFile(),
            };
            StartupWarmup.Start(options.Theme); // a one-shot build's first stages leave the second core idle (docs/benchmarks.md)

            var result = await progress.RunAsync(() => new SiteBuilder(options).BuildAsync(token));
            await DiagnosticPrinter.PrintAsync(result, stderr);
            var failed = DiagnosticPrinter.Failed(result, parse.GetValue(strict));
            var seconds = watch.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
            if (failed || !result.Written)
            {
                await stdout.WriteLineAsync($"build failed: {DiagnosticPrinter.Counts(result.Diagnostics)}; '{options.OutputDir}' was left unchanged ({seconds} s) (สร้างไม่สำเร็จ)");
                return ExitCodes.Errors;
            }

            await progress.SummaryAsync(result.Timings);
            var stages = string.Join(", ", result.Timings.Select(t => $"{t.Name} {t.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms"));
            await stdout.WriteLineAsync($"built {result.PageCount} pages, {result.Files.Count} files into '{options.OutputDir}' in {seconds} s: {DiagnosticPrinter.Counts(result.Diagnostics)} [{stages}]");
            return ExitCodes.Success;
        });
        return command;
    }
}
