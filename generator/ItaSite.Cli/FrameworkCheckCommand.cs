using System.CommandLine;
using ItaSite.Generator.Checking;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;

namespace ItaSite.Cli;

/// <summary>
/// <c>itasite framework check &lt;file&gt;</c>: reads one framework file the way a build would, checks its mapping against the
/// previous year (the built-in file of that year), and says how sure it is: which items are provisional, whether it is a draft.
/// </summary>
public static class FrameworkCheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "a framework file (ita-2570.yaml) or a built-in year (2569)" };
        var strict = CommonOptions.WarningsAsErrors();
        var command = new Command("check", "check one framework file: format, mapping onto the previous year, confidence (ตรวจไฟล์กรอบการประเมิน)") { file, strict };
        command.SetAction(async parse =>
        {
            var argument = parse.GetValue(file)!;
            var diagnostics = new DiagnosticBag();
            var framework = FrameworkArgument.Load(argument, diagnostics).Framework;
            if (framework is not null)
            {
                FrameworkCatalog.Build(new Dictionary<int, IndicatorFramework> { [framework.Year] = framework }, diagnostics);
                FrameworkNotices.Report(framework, diagnostics);
            }

            foreach (var diagnostic in diagnostics.Sorted())
            {
                await stderr.WriteLineAsync(diagnostic.ToString());
            }

            var failed = diagnostics.HasErrors || (parse.GetValue(strict) && diagnostics.Count(Severity.Warning) > 0);
            await stdout.WriteLineAsync(framework is null
                ? $"framework check failed: {diagnostics.Count(Severity.Error)} error(s), {diagnostics.Count(Severity.Warning)} warning(s)"
                : $"framework check {(failed ? "failed" : "passed")}: {Describe(framework)}; {diagnostics.Count(Severity.Error)} error(s), {diagnostics.Count(Severity.Warning)} warning(s)");
            return failed ? ExitCodes.Errors : ExitCodes.Success;
        });
        return command;
    }

    private static string Describe(IndicatorFramework framework)
    {
        var provisional = framework.ProvisionalItems.Count();
        var mapping = framework.PreviousYear is { } previous ? $"maps onto ITA {previous}" : "no previous_year mapping";
        var levels = framework.Rating is { } rating ? $"rating {string.Join("/", rating.Levels.Select(l => l.Name))}" : "no rating scheme";
        return $"ITA {framework.Year}, {framework.Items.Count} items, confidence {framework.Confidence.Name()} ({framework.Confidence.ThaiLabel()}), "
            + $"{provisional} provisional, {mapping}, {levels}";
    }
}
