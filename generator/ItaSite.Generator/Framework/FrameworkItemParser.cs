using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Yaml;

namespace ItaSite.Generator.Framework;

/// <summary>Reads one entry of a framework file's <c>items:</c> list.</summary>
internal static class FrameworkItemParser
{
    private static readonly Dictionary<string, PeriodRule> Periods = new(StringComparer.Ordinal)
    {
        ["none"] = PeriodRule.None,
        ["current_fy"] = PeriodRule.CurrentFiscalYear,
        ["previous_fy"] = PeriodRule.PreviousFiscalYear,
        ["first_half_current_fy"] = PeriodRule.FirstHalfOfCurrentFiscalYear,
        ["plan_covering_current_fy"] = PeriodRule.PlanCoveringCurrentFiscalYear,
    };

    public static FrameworkItem? Parse(YamlMap map, IReadOnlyDictionary<string, SubIndicator> subIndicators, Confidence fileConfidence, string? fileSource)
    {
        var codeText = map.String("code", required: true);
        var title = map.String("title", required: true);
        var subId = map.String("sub_indicator", required: true);
        var topic = map.String("topic");
        var period = map.Enum("period", Periods) ?? PeriodRule.None;
        map.String("notes");
        map.Raw("sources");
        var source = map.String("source") ?? fileSource;
        var confidence = map.Enum("confidence", ConfidenceNames.ByName) ?? fileConfidence;
        var provisional = map.Bool("provisional") ?? false;
        var (continues, continuesSpans) = Continues(map);

        IndicatorCode code = default;
        if (codeText is not null && !IndicatorCode.TryParse(codeText, out code))
        {
            map.Diagnostics.Error(DiagnosticCodes.FrameworkInvalid, map.SpanOf("code"), $"'{codeText}' is not an item code like O17");
            return null;
        }

        if (confidence == Confidence.Unknown && !provisional)
        {
            // An unknown entry shown as fact would mislead staff; the file must say it is a guess.
            map.Diagnostics.Error(DiagnosticCodes.FrameworkInvalid, map.SpanOf("confidence"), $"{codeText} has confidence: unknown, so it must also say provisional: true (ข้อที่ไม่ทราบข้อมูลต้องระบุว่าเป็นข้อมูลชั่วคราว)");
        }

        SubIndicator? sub = null;
        if (subId is not null && !subIndicators.TryGetValue(subId, out sub))
        {
            map.Diagnostics.Error(DiagnosticCodes.FrameworkInvalid, map.SpanOf("sub_indicator"), $"sub-indicator '{subId}' is not declared under 'indicators'");
        }

        var components = Components(map, codeText);
        map.WarnUnknownKeys("a framework item");
        return codeText is null || title is null || sub is null
            ? null
            : new FrameworkItem(code, title, sub, topic, period, components)
            {
                Confidence = confidence,
                Provisional = provisional,
                Source = source,
                Continues = continues,
                ContinuesSpans = continuesSpans,
                Span = map.Span,
            };
    }

    private static (List<IndicatorCode>, List<SourceSpan>) Continues(YamlMap map)
    {
        var codes = new List<IndicatorCode>();
        var spans = new List<SourceSpan>();
        foreach (var (text, span) in map.StringList("continues"))
        {
            if (!IndicatorCode.TryParse(text, out var code))
            {
                map.Diagnostics.Error(DiagnosticCodes.FrameworkMappingInvalid, span, $"'{text}' in continues is not an item code like O17");
                continue;
            }

            if (codes.Contains(code))
            {
                map.Diagnostics.Error(DiagnosticCodes.FrameworkMappingInvalid, span, $"{code} is listed twice in continues");
                continue;
            }

            codes.Add(code);
            spans.Add(span);
        }

        return (codes, spans);
    }

    private static List<Component> Components(YamlMap map, string? codeText)
    {
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

        return components;
    }
}
