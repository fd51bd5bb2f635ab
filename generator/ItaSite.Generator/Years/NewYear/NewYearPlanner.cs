using System.Globalization;
using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;

namespace ItaSite.Generator.Years.NewYear;

/// <summary>
/// Plans <c>itasite new-year &lt;year&gt; [--from &lt;year&gt;]</c>: reads the site, refuses a year that already has files, finds the year
/// to start from and the new year's framework (built in, from site.yaml's <c>frameworks:</c>, or a draft copied from the previous
/// year), and plans every file to create. Nothing is written here; <see cref="NewYearWriter"/> writes the plan.
/// </summary>
public sealed class NewYearPlanner(DiagnosticBag diagnostics)
{
    public NewYearPlan? Plan(string contentDir, string displayContent, int year, int? from)
    {
        var where = new SourceSpan(displayContent);
        if (year is < YearFolders.MinYear or > YearFolders.MaxYear || from is < YearFolders.MinYear or > YearFolders.MaxYear)
        {
            diagnostics.Error(DiagnosticCodes.NewYearInvalid, where, $"years are Buddhist-Era years from {YearFolders.MinYear} to {YearFolders.MaxYear}, e.g. 'itasite new-year 2570' (ปีต้องเป็นปี พ.ศ.)");
            return null;
        }

        var content = new ContentLoader(BuildLimits.Default, diagnostics).Load(contentDir, displayContent);
        var config = content?.SiteFile is { } siteFile ? SiteConfigParser.Parse(siteFile, diagnostics) : null;
        if (content?.SiteFile is null || config is null || Refuse(content, contentDir, year))
        {
            return null;
        }

        // current_year may already name the year being prepared; it has no folder yet, which is no error here.
        var loaded = new SiteYearsLoader(diagnostics, includeDrafts: true).Load(config.CurrentYear == year ? config with { CurrentYear = 0 } : config, content.SiteFile, content);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        var years = string.Join(", ", loaded.Frameworks.Keys.Order());
        var start = from ?? loaded.Frameworks.Keys.Where(y => y < year).DefaultIfEmpty(0).Max();
        if (!loaded.Frameworks.TryGetValue(start, out var previous))
        {
            var which = from is null ? $"no year before {year}" : $"ITA {from} is not a year";
            diagnostics.Error(DiagnosticCodes.NewYearNoSource, where, $"{which} of this site to start from (years: {(years.Length == 0 ? "none" : years)}); add oit/<year>/ pages first or give --from (ไม่พบปีที่จะใช้เป็นต้นแบบ)");
            return null;
        }

        if (start >= year)
        {
            diagnostics.Error(DiagnosticCodes.NewYearInvalid, where, $"new-year makes a later year from an earlier one; {year} is not after {start} (ปีใหม่ต้องอยู่หลังปีต้นแบบ)");
            return null;
        }

        var files = new List<PlannedFile>();
        var target = TargetFramework(config, content, year) ?? Draft(content, previous, year, files);
        if (target is null)
        {
            return null;
        }

        return new PlanBuilder(start, year, previous, target, content, diagnostics).Build(files, draftFramework: files.Count > 0);
    }

    /// <summary>An existing file or folder of the new year: new-year never changes or adds to a year that exists.</summary>
    private bool Refuse(ContentSet content, string contentDir, int year)
    {
        var taken = content.Markdown.Concat(content.DataFiles).Select(f => (f.ContentPath, f.DisplayPath))
            .Concat(content.Assets.Values.Select(a => (a.ContentPath, a.DisplayPath)))
            .Where(f => YearFolders.YearOf(f.ContentPath) == year && !f.ContentPath.StartsWith("data/", StringComparison.Ordinal))
            .OrderBy(f => f.ContentPath.StartsWith("oit/", StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(f => f.ContentPath, StringComparer.Ordinal)
            .ToList();
        var folders = new[] { "oit", "measures" }.Select(k => YearFolders.Folder(k, year)).Where(f => Directory.Exists(Path.Combine(contentDir, f))).ToList();
        if (taken.Count == 0 && folders.Count == 0)
        {
            return false;
        }

        var span = taken.Count > 0 ? new SourceSpan(taken[0].DisplayPath, 1, 1) : new SourceSpan(Path.Combine(content.SiteFile!.DisplayPath[..^content.SiteFile.ContentPath.Length], folders[0]).Replace('\\', '/'));
        diagnostics.Error(DiagnosticCodes.NewYearExists, span, $"ITA {year} already exists ({taken.Count} file(s) in {string.Join(", ", folders.Select(f => f + "/"))}); new-year never changes or adds to an existing year, so nothing was written (ปี {year} มีอยู่แล้ว ไม่ได้สร้างหรือแก้ไฟล์ใด)");
        return true;
    }

    /// <summary>The new year's framework when one ships or the site lists one; null when the year has none yet.</summary>
    private IndicatorFramework? TargetFramework(SiteConfig config, ContentSet content, int year)
    {
        foreach (var reference in config.FrameworkFiles)
        {
            var path = ContentPaths.Resolve("site.yaml", reference);
            if (content.DataFiles.FirstOrDefault(f => f.ContentPath == path) is { } file
                && FrameworkLoader.Read(file.Text, file.DisplayPath, new DiagnosticBag()).Framework is { } framework && framework.Year == year)
            {
                return framework;
            }
        }

        return FrameworkLoader.LoadBuiltIn(year, diagnostics);
    }

    /// <summary>A draft framework copied from the previous year, planned as <c>oit/&lt;year&gt;/framework.yaml</c>.</summary>
    private IndicatorFramework? Draft(ContentSet content, IndicatorFramework previous, int year, List<PlannedFile> files)
    {
        var source = content.DataFiles.FirstOrDefault(f => f.DisplayPath == previous.SourceName)?.Text ?? FrameworkLoader.BuiltInText(previous.Year);
        var path = $"{YearFolders.Folder("oit", year)}/{YearFolders.FrameworkFile}";
        if (source is null)
        {
            diagnostics.Error(DiagnosticCodes.NewYearNoSource, new SourceSpan(previous.SourceName), $"cannot read the framework of {previous.Year} to copy it for {year}");
            return null;
        }

        var text = DraftFramework.From(source, previous.Year, year);
        var check = new DiagnosticBag();
        var draft = FrameworkLoader.Read(text, path, check).Framework;
        if (draft is null || draft.Year != year || check.HasErrors)
        {
            foreach (var d in check.Sorted())
            {
                diagnostics.Add(d);
            }

            diagnostics.Error(DiagnosticCodes.NewYearInvalid, new SourceSpan(previous.SourceName), $"the framework of {previous.Year} could not be copied into a draft for {year}; nothing was written");
            return null;
        }

        files.Add(new PlannedFile(path, text));
        return draft;
    }
}
