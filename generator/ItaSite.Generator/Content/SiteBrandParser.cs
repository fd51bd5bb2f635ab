using System.Globalization;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Yaml;

namespace ItaSite.Generator.Content;

/// <summary>
/// Reads the look-and-navigation keys of site.yaml: <c>brand:</c>, <c>main_site:</c>, <c>menu:</c>, <c>e_service:</c> and
/// <c>theme:</c>. Files and links are only recorded here with their positions; the link check resolves and publishes them.
/// </summary>
public static class SiteBrandParser
{
    public static SiteBrand? ParseBrand(YamlMap root)
    {
        var map = root.Map("brand");
        if (map is null)
        {
            return null;
        }

        var brand = new SiteBrand
        {
            Logo = Reference(map, "logo"),
            Seal = Reference(map, "seal"),
            Favicon = Reference(map, "favicon"),
            Color = ParseColor(map),
            ColorSpan = map.SpanOf("color"),
        };
        map.WarnUnknownKeys("brand");
        return brand;
    }

    public static MainSite? ParseMainSite(YamlMap root)
    {
        var map = root.Map("main_site");
        if (map is null)
        {
            return null;
        }

        var title = map.String("title", required: true);
        var url = map.String("url", required: true);
        var span = map.SpanOf("url");
        map.WarnUnknownKeys("main_site");
        if (title is null || url is null)
        {
            return null;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, span, $"main_site.url must be an absolute http(s) address such as https://www.example.go.th/, got '{url}' (ที่อยู่เว็บไซต์หลักไม่ถูกต้อง)");
            return null;
        }

        return new MainSite(title, uri.ToString(), span);
    }

    /// <summary>The menu as written, or null for the theme's default menu.</summary>
    public static IReadOnlyList<MenuEntry>? ParseMenu(YamlMap root) =>
        root.Has("menu") ? [.. root.MapList("menu").Select(ParseEntry).OfType<MenuEntry>()] : null;

    /// <summary><c>e_service: { title, url | page }</c>: the agency's online services, put in the default menu.</summary>
    public static MenuEntry? ParseEService(YamlMap root)
    {
        var map = root.Map("e_service");
        if (map is null)
        {
            return null;
        }

        var title = map.String("title") ?? "E-Service";
        var entry = Target(map, title, map.Span);
        map.WarnUnknownKeys("e_service");
        return entry;
    }

    public static ThemeOverrides? ParseOverrides(YamlMap root)
    {
        var map = root.Map("theme");
        if (map is null)
        {
            return null;
        }

        var overrides = new ThemeOverrides
        {
            Css = Reference(map, "css"),
            Header = Reference(map, "header"),
            Footer = Reference(map, "footer"),
            HomeIntro = Reference(map, "home_intro"),
        };
        map.WarnUnknownKeys("theme");
        foreach (var css in new[] { overrides.Css }.OfType<SiteReference>().Where(c => !c.Written.EndsWith(".css", StringComparison.OrdinalIgnoreCase)))
        {
            map.Diagnostics.Error(DiagnosticCodes.BrandFile, css.Span, $"theme.css must name a .css file in the content folder, got '{css.Written}' (ต้องเป็นไฟล์ .css)");
        }

        foreach (var partial in overrides.Partials.Where(p => !p.Written.EndsWith(".md", StringComparison.OrdinalIgnoreCase)))
        {
            map.Diagnostics.Error(DiagnosticCodes.BrandFile, partial.Span, $"a theme partial must be a Markdown (.md) file in the content folder, got '{partial.Written}' (ส่วนแทนที่ต้องเป็นไฟล์ .md)");
        }

        return overrides;
    }

    private static MenuEntry? ParseEntry(YamlMap map)
    {
        var label = map.String("label", required: true);
        var entry = label is null ? null : Target(map, label, map.Span);
        map.WarnUnknownKeys("a menu entry");
        return entry;
    }

    private static MenuEntry? Target(YamlMap map, string label, SourceSpan span)
    {
        var page = map.String("page");
        var item = map.String("item");
        var oit = map.Int("oit", min: 2500, max: 2700);
        var url = map.String("url");
        var year = map.Int("year", min: 2500, max: 2700);
        var given = new[] { page is not null, item is not null, oit is not null, url is not null }.Count(x => x);
        if (given != 1)
        {
            map.Diagnostics.Error(DiagnosticCodes.MenuTarget, span, $"'{label}' needs exactly one of page: (a page of the site), item: (with year:), oit: (a year) or url: (เมนูต้องระบุปลายทางหนึ่งอย่าง)");
            return null;
        }

        return page is not null ? new MenuEntry(label, MenuTargetKind.Page, page, null, map.SpanOf("page"))
            : item is not null ? new MenuEntry(label, MenuTargetKind.Item, item, year, map.SpanOf("item"))
            : oit is not null ? new MenuEntry(label, MenuTargetKind.OitIndex, oit.Value.ToString(CultureInfo.InvariantCulture), oit, map.SpanOf("oit"))
            : new MenuEntry(label, MenuTargetKind.Url, url!, null, map.SpanOf("url"));
    }

    private static SiteReference? Reference(YamlMap map, string key) =>
        map.String(key) is { Length: > 0 } text ? new SiteReference(text, map.SpanOf(key)) : null;

    private static string? ParseColor(YamlMap map)
    {
        if (!map.Has("color"))
        {
            return null;
        }

        var span = map.SpanOf("color");
        if (map.String("color") is not { } text)
        {
            // color: #0b4f8a without quotes is a YAML comment, so the value arrives empty.
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, span, "brand.color is empty: in YAML '#' starts a comment, so quote the colour: color: \"#0b4f8a\" (ใส่เครื่องหมายคำพูดรอบรหัสสี)");
            return null;
        }

        if (BrandColor.Parse(text) is not { } color)
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, span, $"brand.color must be a hex colour such as \"#0b4f8a\", got '{text}' (รหัสสีไม่ถูกต้อง)");
            return null;
        }

        var onWhite = color.ContrastWith(BrandColor.White);
        if (onWhite < BrandColor.MinimumContrast)
        {
            var ink = color.ReadableText;
            var best = color.ContrastWith(ink);
            var fix = best >= BrandColor.MinimumContrast
                ? string.Create(CultureInfo.InvariantCulture, $"the header uses dark text ({ink}, {best:0.0}:1) instead")
                : string.Create(CultureInfo.InvariantCulture, $"no text colour reaches 4.5:1 on it (best {best:0.0}:1): choose a darker or lighter colour");
            map.Diagnostics.Warning(DiagnosticCodes.BrandContrast, span, string.Create(CultureInfo.InvariantCulture, $"brand.color {color} has a contrast of {onWhite:0.0}:1 with white header text; WCAG AA needs 4.5:1, so {fix} (สีนี้ตัดกับตัวอักษรสีขาวไม่พอ)"));
        }

        return color.ToString();
    }
}
