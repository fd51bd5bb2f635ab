using System.CommandLine;
using ItaSite.Cli.NewSite;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;
using ItaSite.Generator.Thai;

namespace ItaSite.Cli;

/// <summary>
/// <c>itasite new DIR</c>: a site folder of its own for an agency, ready to build: site.yaml with every key explained in Thai, one
/// not-started page per item of the year's framework (from the framework data), home, Q&amp;A, privacy and both complaint
/// pages, a news file, .gitignore, an editors' README and a CI workflow. Never writes into an existing non-empty folder; the
/// files appear all at once (written beside it, then moved), so an interrupted run leaves no half site.
/// </summary>
public static class NewCommand
{
    public static IReadOnlyList<string> Examples =>
    [
        "itasite new tuayang                                  newest built-in ITA year, type อบต.",
        "itasite new ~/sites/khonkaen --year 2566 --type เทศบาลนคร --name \"เทศบาลนครขอนแก่น\"",
        "cd tuayang && itasite build && itasite check         the new site builds as it is",
    ];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dir = new Argument<string>("DIR") { Description = "folder to create (must not exist, or be empty)" };
        var year = new Option<int?>("--year", "-y") { Description = $"ITA assessment year (พ.ศ.) whose items get pages (default: the newest built-in, {FrameworkLoader.BuiltInYears().LastOrDefault()})" };
        var name = new Option<string?>("--name", "-n") { Description = "agency name, e.g. องค์การบริหารส่วนตำบลตัวอย่าง" };
        var shortName = new Option<string?>("--short-name") { Description = "short name, e.g. อบต.ตัวอย่าง" };
        var type = new Option<string>("--type", "-t") { Description = "agency type: อบต., อบจ., เทศบาล, ทต., ทม., ทน. or any name (default: อบต.)", DefaultValueFactory = _ => "อบต." };
        var command = new Command("new", "create a new site folder for an agency (สร้างโฟลเดอร์เว็บไซต์ใหม่)") { dir, year, name, shortName, type };
        command.SetAction(async (parse, token) =>
        {
            var target = Path.GetFullPath(parse.GetValue(dir)!);
            var years = FrameworkLoader.BuiltInYears();
            var chosen = parse.GetValue(year) ?? years.LastOrDefault();
            var framework = years.Contains(chosen) ? FrameworkLoader.LoadBuiltIn(chosen, new DiagnosticBag()) : null;
            if (framework is null)
            {
                await stderr.WriteLineAsync($"itasite: error {DiagnosticCodes.NewSiteUnknownYear}: --year {chosen}: no built-in framework for that year; built-in years: {string.Join(", ", years)} (ไม่มีเกณฑ์ของปีนี้)");
                return ExitCodes.Usage;
            }

            if (Refusal(target) is { } reason)
            {
                await stderr.WriteLineAsync($"{parse.GetValue(dir)}: error {DiagnosticCodes.NewSiteRefused}: {reason}");
                return ExitCodes.Errors;
            }

            var (fullType, shortType) = AgencyTypes.Resolve(parse.GetValue(type)!);
            var agency = parse.GetValue(name) ?? fullType + "ตัวอย่าง";
            var settings = new ScaffoldSettings(
                agency,
                parse.GetValue(shortName) ?? (parse.GetValue(name) is null ? shortType + "ตัวอย่าง" : agency),
                fullType,
                framework,
                CliHelp.ToolVersion(),
                ThaiClock.Today(TimeProvider.System));
            var files = SiteScaffold.Files(settings).ToList();
            Write(target, files);
            await stdout.WriteLineAsync($"created '{parse.GetValue(dir)}': {files.Count} files, {framework.Items.Count} item pages of ITA {framework.Year} (not started) (สร้างเว็บไซต์ใหม่แล้ว)");
            await stdout.WriteLineAsync($"next: edit content/site.yaml, then: cd {parse.GetValue(dir)} && itasite build && itasite check");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string? Refusal(string target)
    {
        if (File.Exists(target))
        {
            return "a file of that name exists; choose a new folder (มีไฟล์ชื่อนี้อยู่แล้ว)";
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            return "the folder exists and is not empty; nothing was written. Choose a new folder (โฟลเดอร์นี้มีไฟล์อยู่แล้ว จึงไม่เขียนทับ)";
        }

        for (var dir = new DirectoryInfo(target).Parent; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ItaSite.sln")))
            {
                return $"the folder is inside the ItaSite repository ({dir.FullName}); a site lives in a folder (and Git repository) of its own (ให้สร้างนอกโฟลเดอร์ของโปรแกรม)";
            }
        }

        return null;
    }

    /// <summary>Writes into a hidden sibling folder, then moves it into place: the site appears whole or not at all.</summary>
    private static void Write(string target, IReadOnlyList<(string Path, string Text)> files)
    {
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.itasite-new-{Guid.NewGuid():N}");
        try
        {
            foreach (var (path, text) in files)
            {
                var full = Path.Combine(staging, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text.ReplaceLineEndings("\n"), new System.Text.UTF8Encoding(false));
            }

            if (Directory.Exists(target))
            {
                Directory.Delete(target);
            }

            Directory.Move(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }
}
