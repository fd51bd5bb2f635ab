using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Yaml;

namespace ItaSite.Generator.Framework;

/// <summary>
/// Reads an assessment-year framework file (<c>ita-2566.yaml</c>). Built-in years ship as embedded resources; a site can point
/// to its own file to correct or replace one.
/// </summary>
public static class FrameworkLoader
{
    private const string ResourcePrefix = "ItaSite.Frameworks.ita-";

    private static readonly Dictionary<string, PeriodRule> Periods = new(StringComparer.Ordinal)
    {
        ["none"] = PeriodRule.None,
        ["current_fy"] = PeriodRule.CurrentFiscalYear,
        ["previous_fy"] = PeriodRule.PreviousFiscalYear,
        ["first_half_current_fy"] = PeriodRule.FirstHalfOfCurrentFiscalYear,
        ["plan_covering_current_fy"] = PeriodRule.PlanCoveringCurrentFiscalYear,
    };

    /// <summary>The years that ship with the generator.</summary>
    public static IReadOnlyList<int> BuiltInYears() =>
        [.. typeof(FrameworkLoader).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(n => int.TryParse(n[ResourcePrefix.Length..^".yaml".Length], out var y) ? y : 0)
            .Where(y => y > 0)
            .Order()];

    public static IndicatorFramework? LoadBuiltIn(int year, DiagnosticBag diagnostics)
    {
        var name = $"{ResourcePrefix}{year}.yaml";
        using var stream = typeof(FrameworkLoader).Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), $"<built-in>/ita-{year}.yaml", diagnostics);
    }

    public static IndicatorFramework? Parse(string text, string file, DiagnosticBag diagnostics)
    {
        var source = new YamlSource(file);
        var root = YamlLoader.LoadMapping(text, source, diagnostics);
        if (root is null)
        {
            return null;
        }

        var errorsBefore = diagnostics.Count(Severity.Error);
        var map = new YamlMap(root, source, diagnostics);
        var year = map.Int("year", required: true, min: 2500, max: 2700);
        var title = map.String("title") ?? $"ITA {year}";
        var confidence = map.String("confidence") ?? "medium";
        map.String("notes");
        map.Raw("sources");

        var indicators = map.MapList("indicators", required: true).Select(ParseIndicator).OfType<OitIndicator>().ToList();
        var subIndicators = indicators.SelectMany(i => i.SubIndicators).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var perception = map.MapList("perception_indicators").Select(ParsePerception).OfType<PerceptionIndicator>().ToList();
        var items = new List<FrameworkItem>();
        foreach (var itemMap in map.MapList("items", required: true))
        {
            if (ParseItem(itemMap, subIndicators) is not { } item)
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

        map.WarnUnknownKeys("the framework file");
        if (year is null || diagnostics.Count(Severity.Error) > errorsBefore)
        {
            return null;
        }

        return new IndicatorFramework(year.Value, title, confidence, file, indicators, perception, items);
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

    private static FrameworkItem? ParseItem(YamlMap map, IReadOnlyDictionary<string, SubIndicator> subIndicators)
    {
        var codeText = map.String("code", required: true);
        var title = map.String("title", required: true);
        var subId = map.String("sub_indicator", required: true);
        var topic = map.String("topic");
        var period = map.Enum("period", Periods) ?? PeriodRule.None;
        map.String("notes");
        map.Raw("sources");
        map.String("confidence");

        IndicatorCode code = default;
        if (codeText is not null && !IndicatorCode.TryParse(codeText, out code))
        {
            map.Diagnostics.Error(DiagnosticCodes.FrameworkInvalid, map.SpanOf("code"), $"'{codeText}' is not an item code like O17");
            return null;
        }

        SubIndicator? sub = null;
        if (subId is not null && !subIndicators.TryGetValue(subId, out sub))
        {
            map.Diagnostics.Error(DiagnosticCodes.FrameworkInvalid, map.SpanOf("sub_indicator"), $"sub-indicator '{subId}' is not declared under 'indicators'");
        }

        var components = new List<Component>();
        foreach (var c in map.MapList("components", required: true))
        {
            var id = c.String("id", required: true);
            var text = c.String("text", required: true);
            c.WarnUnknownKeys("a component");
            if (id is null || text is null)
            {
                continue;
            }

            if (components.Any(x => x.Id == id))
            {
                map.Diagnostics.Error(DiagnosticCodes.FrameworkInvalid, c.SpanOf("id"), $"component id '{id}' is used twice in {codeText}");
                continue;
            }

            components.Add(new Component(id, text));
        }

        map.WarnUnknownKeys("a framework item");
        return codeText is null || title is null || sub is null ? null : new FrameworkItem(code, title, sub, topic, period, components);
    }
}
