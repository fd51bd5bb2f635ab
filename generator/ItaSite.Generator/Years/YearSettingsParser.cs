using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Yaml;

namespace ItaSite.Generator.Years;

/// <summary>
/// Reads <c>oit/&lt;year&gt;/year.yaml</c>: <c>draft: true</c> keeps the year out of <c>build</c>; <c>itas: {eit_url, iit_url}</c> are
/// that year's ITAS links (without an <c>itas:</c> key, site.yaml's <c>itas:</c> applies); a <c>year:</c> key must agree with the folder.
/// </summary>
public static class YearSettingsParser
{
    public static YearSettings? Parse(SourceFile file, int year, SiteConfig config, DiagnosticBag diagnostics)
    {
        var source = new YamlSource(file.DisplayPath);
        var errorsBefore = diagnostics.Count(Severity.Error);
        if (YamlLoader.LoadMapping(file.Text, source, diagnostics) is not { } root)
        {
            return diagnostics.Count(Severity.Error) > errorsBefore ? null : YearSettings.Default(year, config.EitUrl, config.IitUrl);
        }

        var map = new YamlMap(root, source, diagnostics);
        if (map.Int("year", min: YearFolders.MinYear, max: YearFolders.MaxYear) is { } declared && declared != year)
        {
            diagnostics.Error(DiagnosticCodes.YearContradictsFolder, map.SpanOf("year"), $"year: {declared} contradicts the folder {YearFolders.Folder("oit", year)}/, which decides the year; remove the key or move the file (ปีไม่ตรงกับโฟลเดอร์)");
        }

        var draft = map.Bool("draft") ?? false;

        // An 'itas:' key, even an empty one, makes the links the year's own: a new year never shows last year's QR codes.
        var ownLinks = map.Has("itas");
        var itas = map.Map("itas");
        var eit = itas?.String("eit_url");
        var iit = itas?.String("iit_url");
        itas?.WarnUnknownKeys("itas");
        map.String("notes");
        map.WarnUnknownKeys("year.yaml");
        return diagnostics.Count(Severity.Error) > errorsBefore
            ? null
            : new YearSettings(year, draft, ownLinks ? NonEmpty(eit) : config.EitUrl, ownLinks ? NonEmpty(iit) : config.IitUrl, map.Span);
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
