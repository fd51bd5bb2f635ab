using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Links;

/// <summary>
/// The files and links site.yaml names (brand images, the site's CSS, menu entries, the E-Service and main-site links), resolved
/// like links in content so the link check applies the same rules to them and publishes the files through the same path as
/// attachments. Checks that only site.yaml has (image types, menu items of a year) are reported here.
/// </summary>
public static class SiteReferences
{
    private static readonly string[] ImageTypes = [".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico"];

    public static IEnumerable<(ResolvedLink Link, SourceSpan Span)> Resolve(SiteModel site, DiagnosticBag diagnostics)
    {
        var config = site.Config;
        var files = new List<(SiteReference Ref, string What, string[] Types)>();
        if (config.Brand is { } brand)
        {
            files.AddRange(new[] { (brand.Logo, "brand.logo"), (brand.Seal, "brand.seal"), (brand.Favicon, "brand.favicon") }
                .Where(f => f.Item1 is not null)
                .Select(f => (f.Item1!, f.Item2, ImageTypes)));
        }

        if (config.Overrides?.Css is { } css)
        {
            files.Add((css, "theme.css", [".css"]));
        }

        foreach (var (reference, what, types) in files)
        {
            var link = site.Links.Resolve("site.yaml", reference.Written);
            if (link.Kind == LinkKind.External || link.Kind == LinkKind.Page || (link.Kind == LinkKind.Asset && !types.Contains(Path.GetExtension(link.AssetContentPath!).ToLowerInvariant())))
            {
                diagnostics.Error(DiagnosticCodes.BrandFile, reference.Span, $"{what} must name a file of the content folder of type {string.Join(", ", types)}, got '{reference.Written}' (ไฟล์ไม่ใช่ชนิดที่ใช้ได้)");
                continue;
            }

            yield return (link, reference.Span);
        }

        var entries = (config.Menu ?? []).Concat(config.EService is { } e ? [e] : []);
        foreach (var entry in entries)
        {
            switch (entry.Kind)
            {
                case MenuTargetKind.Page:
                    yield return (site.Links.Resolve("site.yaml", entry.Target.StartsWith('/') ? entry.Target : "/" + entry.Target), entry.Span);
                    break;
                case MenuTargetKind.Url when site.Links.Resolve("site.yaml", entry.Target) is { Kind: LinkKind.External or LinkKind.Blocked } url:
                    yield return (url, entry.Span);
                    break;
                case MenuTargetKind.Url:
                    diagnostics.Error(DiagnosticCodes.MenuTarget, entry.Span, $"menu '{entry.Label}': url: must be an absolute address such as https://…; use page: for a page of this site (ต้องเป็นที่อยู่เว็บเต็ม)");
                    break;
                case MenuTargetKind.Item:
                    CheckItem(site, entry, diagnostics);
                    break;
                case MenuTargetKind.OitIndex when !site.Frameworks.ContainsKey(entry.Year ?? 0):
                    diagnostics.Error(DiagnosticCodes.MenuTarget, entry.Span, $"menu '{entry.Label}': {entry.Target} is not an assessment year of this site (see assessment_years) (ไม่มีปีนี้)");
                    break;
            }
        }

        if (config.MainSite is { } main)
        {
            yield return (site.Links.Resolve("site.yaml", main.Url), main.UrlSpan);
        }
    }

    /// <summary>The year an item entry means: its own, else the site's current year.</summary>
    public static int YearOf(SiteConfig config, MenuEntry entry) => entry.Year ?? config.CurrentYear;

    private static void CheckItem(SiteModel site, MenuEntry entry, DiagnosticBag diagnostics)
    {
        var year = YearOf(site.Config, entry);
        if (!site.Frameworks.TryGetValue(year, out var framework))
        {
            diagnostics.Error(DiagnosticCodes.MenuTarget, entry.Span, $"menu '{entry.Label}': {year} is not an assessment year of this site (ไม่มีปีนี้)");
        }
        else if (!IndicatorCode.TryParse(entry.Target, out var code) || framework.Find(code) is null)
        {
            diagnostics.Error(DiagnosticCodes.MenuTarget, entry.Span, $"menu '{entry.Label}': {entry.Target} is not an item of ITA {year} (items are keyed by year and code) (ไม่มีข้อนี้ในปีนั้น)");
        }
    }
}
