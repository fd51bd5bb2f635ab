using System.CommandLine;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Years.NewYear;

namespace ItaSite.Cli;

/// <summary>
/// <c>itasite new-year &lt;YEAR&gt; [--from &lt;YEAR&gt;] [--content DIR]</c>: prepares the next assessment year as a draft (pages for
/// every item, measure skeletons, year.yaml, and a draft framework when none ships), never changing an existing file, and prints
/// what is left to do.
/// </summary>
public static class NewYearCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var year = new Argument<int>("YEAR") { Description = "the Buddhist-Era year to prepare, e.g. 2570" };
        var from = new Option<int?>("--from") { Description = "the year to carry over from (default: the latest year before YEAR)" };
        var content = CommonOptions.Content();
        var command = new Command("new-year", "prepare the next assessment year as a draft (เตรียมปีการประเมินใหม่เป็นฉบับร่าง)") { year, from, content };
        command.SetAction(async (parse, token) =>
        {
            var diagnostics = new DiagnosticBag();
            var contentDir = parse.GetValue(content)!;
            var plan = new NewYearPlanner(diagnostics).Plan(contentDir, contentDir, parse.GetValue(year), parse.GetValue(from));
            var written = plan is not null && !diagnostics.HasErrors && NewYearWriter.Write(plan, contentDir, diagnostics);
            foreach (var diagnostic in diagnostics.Sorted())
            {
                await stderr.WriteLineAsync(diagnostic.ToString());
            }

            if (!written || plan is null)
            {
                await stdout.WriteLineAsync($"new-year failed: {DiagnosticPrinter.Counts(diagnostics)}; nothing was written (ไม่ได้สร้างหรือแก้ไฟล์ใด)");
                return ExitCodes.Errors;
            }

            var framework = plan.DraftFramework ? $", กรอบการประเมินฉบับร่าง oit/{plan.Year}/framework.yaml" : string.Empty;
            await stdout.WriteLineAsync($"สร้าง ITA {plan.Year} (ฉบับร่าง) จากปี {plan.From} แล้ว: หน้าข้อ OIT {plan.ItemPages} หน้า ({plan.Carried} หน้ามีข้อมูลจากปี {plan.From}), มาตรการ {plan.MeasurePages} รายการ, oit/{plan.Year}/year.yaml{framework}");
            await stdout.WriteLineAsync($"created ITA {plan.Year} as a draft from {plan.From}: {plan.Files.Count} new file(s) in {contentDir}; no existing file was changed");
            await stdout.WriteLineAsync("สิ่งที่ต้องทำต่อ (what is left to do):");
            for (var i = 0; i < plan.Todo.Count; i++)
            {
                await stdout.WriteLineAsync($"  {i + 1}. {plan.Todo[i]}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
