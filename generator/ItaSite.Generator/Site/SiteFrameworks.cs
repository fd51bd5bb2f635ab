using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;

namespace ItaSite.Generator.Site;

/// <summary>The frameworks of a site's years, the years whose framework file is broken, and the cross-year catalog.</summary>
/// <param name="BrokenYears">Years whose framework file has errors. Pages of those years are not bound and not reported
/// one by one: the file's own errors say what to fix, and ~30 "not an assessment year" errors would only bury them.</param>
public sealed record SiteFrameworks(IReadOnlyDictionary<int, IndicatorFramework> Frameworks, IReadOnlySet<int> BrokenYears, FrameworkCatalog Catalog)
{
    /// <summary>Loads the site's own framework files (<c>frameworks:</c> in site.yaml), then the built-in file of every other assessment year.</summary>
    public static SiteFrameworks Load(SiteConfig config, SourceFile siteFile, ContentSet content, DiagnosticBag diagnostics)
    {
        var frameworks = new Dictionary<int, IndicatorFramework>();
        var broken = new HashSet<int>();
        var anyUnreadable = false;
        foreach (var reference in config.FrameworkFiles)
        {
            var path = ContentPaths.Resolve("site.yaml", reference);
            var file = path is null ? null : content.DataFiles.FirstOrDefault(f => f.ContentPath == path);
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

        foreach (var year in config.AssessmentYears.Where(y => !frameworks.ContainsKey(y) && !broken.Contains(y)))
        {
            if (FrameworkLoader.LoadBuiltIn(year, diagnostics) is { } builtIn)
            {
                frameworks[year] = builtIn;
            }
            else if (anyUnreadable)
            {
                // A site file we could not read may well be this year's; its error is already reported.
                broken.Add(year);
            }
            else
            {
                var known = string.Join(", ", FrameworkLoader.BuiltInYears());
                diagnostics.Error(DiagnosticCodes.UnknownYear, new SourceSpan(siteFile.DisplayPath), $"no framework for assessment year {year}: built-in years are {known}; add your own file under 'frameworks:' (ไม่มีกรอบตัวชี้วัดของปีนี้)");
                broken.Add(year);
            }
        }

        return new SiteFrameworks(frameworks, broken, FrameworkCatalog.Build(frameworks, diagnostics));
    }
}
