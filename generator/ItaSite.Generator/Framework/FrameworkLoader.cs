using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Yaml;

namespace ItaSite.Generator.Framework;

/// <summary>The outcome of reading one framework file: the framework, or (when it is broken) at least the year it declares,
/// so that callers can tell "this year's framework is broken" from "this year has no framework" and avoid cascades.</summary>
public sealed record FrameworkReadResult(IndicatorFramework? Framework, int? DeclaredYear);

/// <summary>
/// Reads an assessment-year framework file (<c>ita-2566.yaml</c>). Built-in years ship as embedded resources; a site can point
/// to its own file to correct or replace one.
/// </summary>
public static class FrameworkLoader
{
    private const string ResourcePrefix = "ItaSite.Frameworks.ita-";

    /// <summary>The years that ship with the generator.</summary>
    public static IReadOnlyList<int> BuiltInYears() =>
        [.. typeof(FrameworkLoader).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(n => int.TryParse(n[ResourcePrefix.Length..^".yaml".Length], out var y) ? y : 0)
            .Where(y => y > 0)
            .Order()];

    /// <summary>The text of a built-in framework file, or null when that year does not ship.</summary>
    public static string? BuiltInText(int year)
    {
        using var stream = typeof(FrameworkLoader).Assembly.GetManifestResourceStream($"{ResourcePrefix}{year}.yaml");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static string BuiltInName(int year) => $"<built-in>/ita-{year}.yaml";

    public static IndicatorFramework? LoadBuiltIn(int year, DiagnosticBag diagnostics) =>
        BuiltInText(year) is { } text ? Parse(text, BuiltInName(year), diagnostics) : null;

    public static IndicatorFramework? Parse(string text, string file, DiagnosticBag diagnostics) => Read(text, file, diagnostics).Framework;

    public static FrameworkReadResult Read(string text, string file, DiagnosticBag diagnostics)
    {
        var source = new YamlSource(file);
        var root = YamlLoader.LoadMapping(text, source, diagnostics);
        if (root is null)
        {
            return new FrameworkReadResult(null, YearFromFileName(file));
        }

        var errorsBefore = diagnostics.Count(Severity.Error);
        var map = new YamlMap(root, source, diagnostics);
        var year = map.Int("year", required: true, min: 2500, max: 2700);
        var title = map.String("title") ?? $"ITA {year}";
        var confidence = map.Enum("confidence", ConfidenceNames.ByName) ?? Confidence.Medium;
        var previousYear = map.Int("previous_year", min: 2500, max: 2700);
        if (previousYear is not null && year is not null && previousYear >= year)
        {
            diagnostics.Error(DiagnosticCodes.FrameworkMappingInvalid, map.SpanOf("previous_year"), $"previous_year {previousYear} must be before the framework's year {year}");
        }

        map.String("notes");
        var fileSource = map.String("source");
        map.Raw("sources");

        var indicators = map.MapList("indicators", required: true).Select(ParseIndicator).OfType<OitIndicator>().ToList();
        var subIndicators = new Dictionary<string, SubIndicator>(StringComparer.Ordinal);
        foreach (var sub in indicators.SelectMany(i => i.SubIndicators))
        {
            subIndicators.TryAdd(sub.Id, sub);
        }

        var perception = map.MapList("perception_indicators").Select(ParsePerception).OfType<PerceptionIndicator>().ToList();
        var rating = RatingSchemeParser.Parse(map.Map("rating"), confidence);
        var items = new List<FrameworkItem>();
        foreach (var itemMap in map.MapList("items", required: true))
        {
            if (FrameworkItemParser.Parse(itemMap, subIndicators, confidence, fileSource) is not { } item)
            {
                continue;
            }

            if (items.Any(i => i.Code == item.Code))
            {
                diagnostics.Error(DiagnosticCodes.FrameworkInvalid, itemMap.SpanOf("code"), $"item {item.Code} is listed twice in the framework");
                continue;
            }

            items.Add(item);
        }

        if (previousYear is null && items.Any(i => i.Continues.Count > 0))
        {
            diagnostics.Error(DiagnosticCodes.FrameworkMappingInvalid, map.Span, "items say which items they continue, but the file has no previous_year (ระบุ previous_year ที่ต้นไฟล์)");
        }

        map.WarnUnknownKeys("the framework file");
        if (year is null || diagnostics.Count(Severity.Error) > errorsBefore)
        {
            return new FrameworkReadResult(null, year ?? YearFromFileName(file));
        }

        var framework = new IndicatorFramework(year.Value, title, confidence, file, indicators, perception, items)
        {
            PreviousYear = previousYear,
            PreviousYearSpan = map.SpanOf("previous_year"),
            Rating = rating,
        };
        return new FrameworkReadResult(framework, year);
    }

    /// <summary><c>ita-2569.yaml</c> → 2569, so a file too broken to read still names its year.</summary>
    private static int? YearFromFileName(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        return name.StartsWith("ita-", StringComparison.Ordinal) && int.TryParse(name[4..], out var y) ? y : null;
    }

    private static OitIndicator? ParseIndicator(YamlMap map)
    {
        var number = map.Int("number", required: true, min: 1, max: 99);
        var title = map.String("title", required: true);
        var subs = new List<SubIndicator>();
        foreach (var sub in map.MapList("sub_indicators", required: true))
        {
            var id = sub.String("id", required: true);
            var subTitle = sub.String("title", required: true);
            sub.WarnUnknownKeys("a sub-indicator");
            if (id is not null && subTitle is not null && number is not null)
            {
                subs.Add(new SubIndicator(id, subTitle, number.Value));
            }
        }

        map.WarnUnknownKeys("an indicator");
        return number is null || title is null ? null : new OitIndicator(number.Value, title, subs);
    }

    private static PerceptionIndicator? ParsePerception(YamlMap map)
    {
        var number = map.Int("number", required: true, min: 1, max: 99);
        var tool = map.String("tool", required: true);
        var title = map.String("title", required: true);
        map.WarnUnknownKeys("a perception indicator");
        return number is null || tool is null || title is null ? null : new PerceptionIndicator(number.Value, tool, title);
    }
}
