using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;
using ItaSite.Generator.Yaml;

namespace ItaSite.Generator.Content;

/// <summary>
/// Turns one Markdown source file into a typed page. The folder decides the kind: <c>oit/</c> item pages, <c>measures/</c>
/// measure pages, <c>pages/</c> plain pages; for items and measures the year folder (<c>oit/2569/</c>) decides the year. Problems become diagnostics; the page is null when it cannot be used.
/// </summary>
public sealed class PageParser(DiagnosticBag diagnostics)
{
    /// <summary>
    /// Parses one file into a bag of its own, then hands its diagnostics on: "did this page fail?" is decided by this file's
    /// errors alone, whatever other files report at the same time on other threads.
    /// </summary>
    public ContentPage? Parse(SourceFile file)
    {
        var own = new DiagnosticBag();
        var page = new PageParser(own).ParseAlone(file);
        diagnostics.AddRange(own);
        return page;
    }

    private ContentPage? ParseAlone(SourceFile file)
    {
        if (FrontMatterSplitter.Split(file, diagnostics) is not { } parts)
        {
            return null;
        }

        YamlMap? map = null;
        if (parts.Yaml is not null)
        {
            var source = new YamlSource(file.DisplayPath, parts.YamlFirstLine);
            if (YamlLoader.LoadMapping(parts.Yaml, source, diagnostics) is not { } root)
            {
                return null;
            }

            map = new YamlMap(root, source, diagnostics);
        }

        var kind = file.ContentPath.Split('/')[0];
        if (kind is "oit" or "measures" && YearFolders.YearOf(file.ContentPath) is null)
        {
            var example = kind == "oit" ? "oit/2569/o1.md" : "measures/2569/m1.md";
            diagnostics.Error(DiagnosticCodes.PageOutsideYearFolder, new SourceSpan(file.DisplayPath, 1, 1), $"pages under {kind}/ go in the folder of their assessment year, e.g. {example}; the folder decides the year (ย้ายไฟล์ไปไว้ในโฟลเดอร์ของปี)");
            return null;
        }

        return kind switch
        {
            "oit" => ParseItem(file, parts.Body, map),
            "measures" => ParseMeasure(file, parts.Body, map),
            _ => ParseGeneric(file, parts.Body, map),
        };
    }

    private ItemPage? ParseItem(SourceFile file, MarkdownBody body, YamlMap? map)
    {
        if (map is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingKey, new SourceSpan(file.DisplayPath, 1, 1), "an OIT item page needs front matter with 'indicator: O<n>' (หน้าข้อ OIT ต้องมีส่วนหัว YAML ที่ระบุ indicator)");
            return null;
        }

        var errorsBefore = diagnostics.Count(Severity.Error);
        var codeText = map.String("indicator", required: true);
        IndicatorCode code = default;
        if (codeText is not null && !IndicatorCode.TryParse(codeText, out code))
        {
            diagnostics.Error(DiagnosticCodes.UnknownIndicator, map.SpanOf("indicator"), $"'{codeText}' is not an OIT item code such as O17 (รหัสข้อไม่ถูกต้อง)");
        }

        var page = new ItemPage(
            file,
            body,
            PageReferences.Attachments(file, map, diagnostics),
            code,
            map.SpanOf("indicator"),
            FolderYear(file, map),
            map.String("title"),
            map.Enum("status", PageStatusNames.FromYaml) ?? PageStatus.NotStarted,
            map.String("responsible"),
            map.Date("updated"),
            map.SpanOf("updated"),
            map.Int("fiscal_year", min: 2500, max: 2700),
            map.SpanOf("fiscal_year"),
            PageReferences.Range(map, "covers"),
            map.String("summary"),
            PageReferences.Evidence(map),
            [.. map.StringList("include").Select(i => i.Value)]);
        map.WarnUnknownKeys("an OIT item page");
        return diagnostics.Count(Severity.Error) > errorsBefore ? null : page;
    }

    private MeasurePage? ParseMeasure(SourceFile file, MarkdownBody body, YamlMap? map)
    {
        if (map is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingKey, new SourceSpan(file.DisplayPath, 1, 1), "a measure page needs front matter with 'measure: <number>' and 'title:'");
            return null;
        }

        var errorsBefore = diagnostics.Count(Severity.Error);
        var number = map.Int("measure", required: true, min: 1, max: 999);
        var title = map.String("title", required: true);
        var indicators = new List<(IndicatorCode, SourceSpan)>();
        foreach (var (text, span) in map.StringList("indicators"))
        {
            if (IndicatorCode.TryParse(text, out var code))
            {
                indicators.Add((code, span));
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.UnknownIndicator, span, $"'{text}' is not an OIT item code such as O42");
            }
        }

        var perception = new List<(int, SourceSpan)>();
        foreach (var (text, span) in map.StringList("perception_indicators"))
        {
            if (int.TryParse(Thai.ThaiDigits.ToArabic(text), out var n))
            {
                perception.Add((n, span));
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.UnknownPerceptionIndicator, span, $"'{text}' is not an IIT/EIT indicator number (1–8)");
            }
        }

        var rounds = map.MapList("rounds").Select(r =>
        {
            var round = new MeasureRound(
                r.Int("months", required: true, min: 1, max: 12) ?? 0,
                r.Date("date"),
                r.Enum("status", PageStatusNames.FromYaml) ?? PageStatus.NotStarted,
                r.String("result"),
                r.String("outcome"));
            r.WarnUnknownKeys("a reporting round");
            return round;
        }).ToList();

        var page = new MeasurePage(
            file,
            body,
            PageReferences.Attachments(file, map, diagnostics),
            number ?? 0,
            map.SpanOf("measure"),
            FolderYear(file, map),
            title ?? string.Empty,
            map.String("issue"),
            indicators,
            perception,
            map.String("method"),
            map.String("monitoring"),
            map.String("period"),
            map.Date("start"),
            map.Date("end"),
            map.String("responsible"),
            map.Enum("status", PageStatusNames.FromYaml) ?? PageStatus.NotStarted,
            map.String("result"),
            map.String("outcome"),
            rounds);
        map.WarnUnknownKeys("a measure page");
        return diagnostics.Count(Severity.Error) > errorsBefore ? null : page;
    }

    /// <summary>The year of the page's folder; a <c>year:</c> key may repeat it, and contradicting it is an error at the key.</summary>
    private int FolderYear(SourceFile file, YamlMap map)
    {
        var year = YearFolders.YearOf(file.ContentPath) ?? 0;
        if (map.Int("year", min: 2500, max: 2700) is { } declared && declared != year)
        {
            diagnostics.Error(DiagnosticCodes.YearContradictsFolder, map.SpanOf("year"), $"year: {declared} contradicts the folder {YearFolders.Folder(file.ContentPath.Split('/')[0], year)}/, which decides the year; remove the key or move the file (ปีไม่ตรงกับโฟลเดอร์ที่เก็บไฟล์)");
        }

        return year;
    }

    private GenericPage? ParseGeneric(SourceFile file, MarkdownBody body, YamlMap? map)
    {
        var errorsBefore = diagnostics.Count(Severity.Error);
        var title = map?.String("title") ?? FirstHeading(body.Text) ?? Path.GetFileNameWithoutExtension(file.ContentPath);
        var page = new GenericPage(
            file,
            body,
            map is null ? [] : PageReferences.Attachments(file, map, diagnostics),
            title,
            map?.String("description"),
            map?.Int("menu", min: 0, max: 99));
        map?.WarnUnknownKeys("a page");
        return diagnostics.Count(Severity.Error) > errorsBefore ? null : page;
    }

    private static string? FirstHeading(string markdown)
    {
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                return line[2..].Trim();
            }
        }

        return null;
    }
}
