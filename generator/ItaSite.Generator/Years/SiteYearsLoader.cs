using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;

namespace ItaSite.Generator.Years;

/// <summary>The years a site builds, with their frameworks, and the years whose pages are left out without further messages.</summary>
/// <param name="BrokenYears">Years whose framework file has errors of its own; their pages wait without further messages.</param>
public sealed record LoadedYears(SiteYears Years, IReadOnlyDictionary<int, IndicatorFramework> Frameworks, IReadOnlySet<int> LeftOut, IReadOnlySet<int> BrokenYears, FrameworkCatalog Catalog);

/// <summary>
/// What the years are read from: site.yaml, the content's YAML files (year.yaml, framework files) and the first file of each
/// year folder (where a year without a framework is reported). Not the Markdown pages, so a page edit leaves them equal.
/// </summary>
public sealed record YearsSources(SiteConfig Config, SourceFile SiteFile, IReadOnlyList<SourceFile> DataFiles, IReadOnlyDictionary<int, SourceFile> FirstFile);

/// <summary>
/// Part of stage 3 (validate): finds the site's assessment years — every <c>oit/&lt;year&gt;/</c> and <c>measures/&lt;year&gt;/</c>
/// folder plus site.yaml's <c>assessment_years</c> — and gives each its settings (<c>year.yaml</c>) and framework: the year folder's
/// <c>framework.yaml</c>, else a file under site.yaml's <c>frameworks:</c>, else the built-in one. A year without a framework is one
/// error (ITA2032), not one per page. Draft years are left out unless <paramref name="includeDrafts"/> (serve, check).
/// </summary>
public sealed class SiteYearsLoader(DiagnosticBag diagnostics, bool includeDrafts)
{
    public LoadedYears Load(SiteConfig config, SourceFile siteFile, ContentSet content) =>
        Load(new YearsSources(config, siteFile, content.DataFiles, FirstFileOfEachYear(content)));

    /// <summary>The years from what they are read from alone (a session reuses them while these are the same).</summary>
    public LoadedYears Load(YearsSources sources)
    {
        var (config, siteFile, firstFile) = (sources.Config, sources.SiteFile, sources.FirstFile);
        var years = new SortedSet<int>(config.AssessmentYears);
        years.UnionWith(firstFile.Keys);

        var (siteFrameworks, broken, anyUnreadable) = SiteFrameworks(config, siteFile, sources);
        var frameworks = new Dictionary<int, IndicatorFramework>();
        var settings = new List<YearSettings>();
        var leftOut = new HashSet<int>(broken);

        // Each year's settings first, then the frameworks of the years that need one parsed side by side (a four-year site
        // parsed four files of 40-66 KB one after another); each year reports into bags of its own, merged in year order, so
        // the messages come out as if the years were read one by one.
        var wanted = new List<(int Year, YearSettings? Setting, DiagnosticBag Settings, DiagnosticBag Framework)>();
        var building = 0;
        foreach (var year in years)
        {
            var folder = YearFolders.Folder("oit", year);
            var yearFile = sources.DataFiles.FirstOrDefault(f => f.ContentPath == $"{folder}/{YearFolders.SettingsFile}");
            var bag = new DiagnosticBag();
            var setting = yearFile is null ? YearSettings.Default(year, config.EitUrl, config.IitUrl) : YearSettingsParser.Parse(yearFile, year, config, bag);
            var builds = setting is not null && (!setting.Draft || includeDrafts) && !broken.Contains(year);
            building += builds ? 1 : 0;
            wanted.Add((year, builds ? setting : null, bag, new DiagnosticBag()));
        }

        var found = new IndicatorFramework?[wanted.Count];
        Parallel.For(0, wanted.Count, new ParallelOptions { MaxDegreeOfParallelism = building > 1 ? -1 : 1 }, i =>
        {
            if (wanted[i].Setting is not null)
            {
                found[i] = FrameworkOf(wanted[i].Year, sources, siteFrameworks, wanted[i].Framework);
            }
        });

        for (var i = 0; i < wanted.Count; i++)
        {
            var (year, setting, settingsBag, frameworkBag) = wanted[i];
            diagnostics.AddRange(settingsBag);
            if (setting is null)
            {
                leftOut.Add(year);
                continue;
            }

            diagnostics.AddRange(frameworkBag);
            if (found[i] is { } framework)
            {
                frameworks[year] = framework;
                settings.Add(setting);
                continue;
            }

            leftOut.Add(year);
            if (frameworkBag.Count(Severity.Error) > 0 || anyUnreadable)
            {
                // The year's framework file has errors of its own (or a site file too broken to tell its year may be this
                // year's): no cascade.
                broken.Add(year);
                continue;
            }

            var folder = YearFolders.Folder("oit", year);
            var where = config.AssessmentYearSpans.TryGetValue(year, out var listed) ? listed
                : firstFile.TryGetValue(year, out var file) ? new SourceSpan(file.DisplayPath, 1, 1)
                : new SourceSpan(siteFile.DisplayPath);
            var known = string.Join(", ", FrameworkLoader.BuiltInYears());
            diagnostics.Error(
                DiagnosticCodes.YearWithoutFramework,
                where,
                $"no framework for ITA {year}: built-in years are {known}. Run 'itasite new-year {year}' to start a draft framework in {folder}/{YearFolders.FrameworkFile}, or list your own file under 'frameworks:' in site.yaml; the pages of {year} are not built (ไม่มีกรอบตัวชี้วัดของปี {year})");
        }

        return new LoadedYears(new SiteYears(settings, CurrentYear(config, settings, leftOut)), frameworks, leftOut, broken, FrameworkCatalog.Build(frameworks, diagnostics));
    }

    /// <summary>The first Markdown or settings file (in path order) of each year folder of item and measure pages.</summary>
    /// <remarks>One pass keeping the least path per year (sorting every path of a 10,000-page site cost a few ms per bind).</remarks>
    public static SortedDictionary<int, SourceFile> FirstFileOfEachYear(ContentSet content)
    {
        var first = new SortedDictionary<int, SourceFile>();
        foreach (var file in content.Markdown.Concat(content.DataFiles))
        {
            if (!file.ContentPath.StartsWith("data/", StringComparison.Ordinal) && YearFolders.YearOf(file.ContentPath) is { } year
                && (!first.TryGetValue(year, out var kept) || string.CompareOrdinal(file.ContentPath, kept.ContentPath) < 0))
            {
                first[year] = file;
            }
        }

        return first;
    }

    private static IndicatorFramework? FrameworkOf(int year, YearsSources sources, Dictionary<int, IndicatorFramework> siteFrameworks, DiagnosticBag diagnostics)
    {
        var path = $"{YearFolders.Folder("oit", year)}/{YearFolders.FrameworkFile}";
        if (sources.DataFiles.FirstOrDefault(f => f.ContentPath == path) is { } file)
        {
            var framework = FrameworkLoader.Parse(file.Text, file.DisplayPath, diagnostics);
            if (framework is not null && framework.Year != year)
            {
                diagnostics.Error(DiagnosticCodes.FrameworkYearMismatch, new SourceSpan(file.DisplayPath, LineOfYearKey(file.Text), 1), $"this framework is for {framework.Year} but sits in the folder of {year}, which decides its year (ปีของกรอบตัวชี้วัดไม่ตรงกับโฟลเดอร์)");
                return null;
            }

            return framework;
        }

        return siteFrameworks.GetValueOrDefault(year) ?? FrameworkLoader.LoadBuiltIn(year, diagnostics);
    }

    /// <summary>The files under site.yaml's <c>frameworks:</c>: those that load, the years of those that do not, and whether one could not even be read.</summary>
    private (Dictionary<int, IndicatorFramework> Frameworks, HashSet<int> Broken, bool AnyUnreadable) SiteFrameworks(SiteConfig config, SourceFile siteFile, YearsSources sources)
    {
        var frameworks = new Dictionary<int, IndicatorFramework>();
        var broken = new HashSet<int>();
        var anyUnreadable = false;
        foreach (var reference in config.FrameworkFiles)
        {
            var path = ContentPaths.Resolve("site.yaml", reference);
            var file = path is null ? null : sources.DataFiles.FirstOrDefault(f => f.ContentPath == path);
            if (file is null)
            {
                diagnostics.Error(DiagnosticCodes.FrameworkInvalid, new SourceSpan(siteFile.DisplayPath), $"framework file '{reference}' listed in site.yaml was not found in the content folder");
                anyUnreadable = true;
                continue;
            }

            var read = FrameworkLoader.Read(file.Text, file.DisplayPath, diagnostics);
            if (read.Framework is { } framework)
            {
                frameworks[framework.Year] = framework;
            }
            else if (read.DeclaredYear is { } year)
            {
                broken.Add(year);
            }
            else
            {
                anyUnreadable = true;
            }
        }

        return (frameworks, broken, anyUnreadable);
    }

    /// <summary><c>current_year</c> when it names a year that is built; else the latest year built that is not a draft.</summary>
    private int CurrentYear(SiteConfig config, List<YearSettings> built, HashSet<int> leftOut)
    {
        if (config.CurrentYear != 0 && built.Any(y => y.Year == config.CurrentYear))
        {
            return config.CurrentYear;
        }

        if (config.CurrentYear != 0 && !leftOut.Contains(config.CurrentYear))
        {
            var years = string.Join(", ", built.Select(y => y.Year));
            diagnostics.Error(DiagnosticCodes.CurrentYearUnknown, config.CurrentYearSpan, $"current_year {config.CurrentYear} is not a year of this site (years: {(years.Length == 0 ? "none" : years)}); it must have an oit/{config.CurrentYear}/ folder or be listed under assessment_years (ไม่พบปีปัจจุบันในเว็บไซต์)");
        }

        var published = built.Where(y => !y.Draft).Select(y => y.Year).ToList();
        return published.Count > 0 ? published[^1] : built.Count > 0 ? built[^1].Year : 0;
    }

    private static int LineOfYearKey(string text)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.StartsWith("year:", StringComparison.Ordinal));
        return index < 0 ? 1 : index + 1;
    }
}
