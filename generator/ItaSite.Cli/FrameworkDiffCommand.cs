using System.CommandLine;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;

namespace ItaSite.Cli;

/// <summary>
/// <c>itasite framework diff &lt;A&gt; &lt;B&gt;</c>: what changed from framework A to B (years or files). Items added, removed,
/// merged, split and renamed follow the cross-year mapping; components and period rules are compared for continued items.
/// </summary>
public static class FrameworkDiffCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var before = new Argument<string>("A") { Description = "the earlier framework: a year (2568) or a file" };
        var after = new Argument<string>("B") { Description = "the later framework: a year (2569) or a file" };
        var format = new Option<string>("--format") { Description = "text (default) or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("diff", "show what changed between two frameworks (เปรียบเทียบกรอบการประเมินสองปี)") { before, after, format };
        command.SetAction(async parse =>
        {
            var diagnostics = new DiagnosticBag();
            var a = FrameworkArgument.Load(parse.GetValue(before)!, diagnostics).Framework;
            var b = FrameworkArgument.Load(parse.GetValue(after)!, diagnostics).Framework;
            FrameworkCatalog? catalog = null;
            if (a is not null && b is not null && a.Year != b.Year)
            {
                catalog = FrameworkCatalog.Build(new Dictionary<int, IndicatorFramework> { [a.Year] = a, [b.Year] = b }, diagnostics);
            }

            foreach (var diagnostic in diagnostics.Sorted())
            {
                await stderr.WriteLineAsync(diagnostic.ToString());
            }

            if (a is null || b is null || diagnostics.HasErrors)
            {
                await stdout.WriteLineAsync($"framework diff failed: {diagnostics.Count(Severity.Error)} error(s)");
                return ExitCodes.Errors;
            }

            var diff = FrameworkDiff.Compute(a, b, catalog ?? FrameworkCatalog.Build(new Dictionary<int, IndicatorFramework>(), diagnostics));
            await stdout.WriteAsync(parse.GetValue(format) == "json" ? FrameworkDiffWriter.Json(diff) : FrameworkDiffWriter.Text(diff));
            return ExitCodes.Success;
        });
        return command;
    }
}
