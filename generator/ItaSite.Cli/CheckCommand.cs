using System.CommandLine;
using System.Globalization;
using ItaSite.Generator.Checking;
using ItaSite.Generator.Pipeline;
using ItaSite.Themes.Default;

namespace ItaSite.Cli;

/// <summary>
/// <c>itasite check</c>: loads, validates and renders in memory, then judges every item the way the assessor would. Writes
/// nothing into the output folder; writes the readiness report (HTML + JSON per year) into <c>--report</c> (default reports/).
/// </summary>
public static class CheckCommand
{
    public static IReadOnlyList<string> Examples =>
    [
        "itasite check                              check content/, write reports/readiness-<year>.html",
        "itasite check --today 2026-04-30           judge the dates as on that day",
        "itasite check --format json > check.json   machine-readable result (for CI)",
    ];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var strict = CommonOptions.WarningsAsErrors();
        var format = new Option<string>("--format") { Description = "text (default) or json (diagnostics and summary on stdout)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var report = new Option<string>("--report") { Description = "folder for readiness-<year>.html/.json (default: reports)", DefaultValueFactory = _ => "reports" };
        var today = new Option<string?>("--today") { Description = "judge dates as if today were YYYY-MM-DD (default: today in Thailand)" };
        var command = new Command("check", "check the content and report readiness for the assessment, without building (ตรวจสอบความพร้อม)")
        {
            content, strict, format, report, today,
        };
        command.SetAction(async (parse, token) =>
        {
            TimeProvider clock = TimeProvider.System;
            if (parse.GetValue(today) is { } fixedDay)
            {
                if (!DateOnly.TryParseExact(fixedDay, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    await stderr.WriteLineAsync($"itasite: error ITA0001: --today '{fixedDay}' is not a date like 2023-04-30");
                    return ExitCodes.Usage;
                }

                clock = new FixedTimeProvider(day);
            }

            var options = new BuildOptions
            {
                ContentDir = parse.GetValue(content)!,
                Theme = DefaultTheme.Create(),
                WriteOutput = false,
                CheckReadiness = true,
                IncludeDraftYears = true,
                Time = clock,
            };
            StartupWarmup.Start(options.Theme);
            var result = await new SiteBuilder(options).BuildAsync(token);
            var reports = await ReadinessReportFiles.WriteAsync(result, options.ContentDir, parse.GetValue(report)!, stderr);
            var failed = DiagnosticPrinter.Failed(result, parse.GetValue(strict)) || reports is null;
            if (parse.GetValue(format) == "json")
            {
                await stdout.WriteLineAsync(CheckJson.Render(result, failed, reports ?? []));
            }
            else
            {
                await DiagnosticPrinter.PrintAsync(result, stderr);
                await stdout.WriteLineAsync($"check {(failed ? "failed" : "passed")}: {DiagnosticPrinter.Counts(result.Diagnostics)}{Readiness(result.Check, reports)}");
            }

            return failed ? ExitCodes.Errors : ExitCodes.Success;
        });
        return command;
    }

    private static string Readiness(CheckReport? check, IReadOnlyList<string>? reports)
    {
        if (check is null)
        {
            return " (fix the errors above to get the readiness report)";
        }

        var years = check.Years.Select(y => "; " + y.ThaiSummary());
        var links = $"; {check.ExternalLinks.Count} external link(s) listed, not fetched";
        var written = reports is { Count: > 0 } ? $"; report: {string.Join(", ", reports.Where(r => r.EndsWith(".html", StringComparison.Ordinal)))}" : string.Empty;
        return string.Concat(years) + links + written;
    }
}
