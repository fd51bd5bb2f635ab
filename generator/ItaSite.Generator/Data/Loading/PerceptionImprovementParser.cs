using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;
using ItaSite.Generator.Site;
using ItaSite.Generator.Yaml;

namespace ItaSite.Generator.Data.Loading;

/// <summary>
/// Reads a <c>kind: perception-improvements</c> file. Indicator numbers must be the year's framework <c>perception_indicators</c>
/// (ITA6005) and each only once; <c>measures</c> must be measure numbers of that year (ITA6007) that list the indicator under
/// their <c>perception_indicators</c> (warning otherwise). Every problem is positioned on the value; never throws.
/// </summary>
public sealed class PerceptionImprovementParser(DiagnosticBag diagnostics, IReadOnlyDictionary<int, IndicatorFramework> frameworks, IReadOnlyList<BoundMeasure> measures)
{
    public PerceptionImprovementSet Parse(YamlMap map, string id, string title)
    {
        var year = map.Int("year", required: true, min: 2500, max: 2700);
        var framework = year is { } y ? frameworks.GetValueOrDefault(y) : null;
        if (year is not null && framework is null)
        {
            var known = frameworks.Count == 0 ? "none loaded" : string.Join(", ", frameworks.Keys.Order());
            diagnostics.Error(DiagnosticCodes.DataUnknownYear, map.SpanOf("year"), $"there is no ITA framework for {year} (frameworks: {known}); list the year under assessment_years or add a framework file (ไม่มีกรอบการประเมินของปีนี้)");
        }

        var rows = new List<PerceptionImprovement>();
        foreach (var row in map.MapList("rows", required: true))
        {
            if (Row(row, year ?? 0, framework) is { } parsed)
            {
                if (rows.Any(r => r.Indicator.Number == parsed.Indicator.Number))
                {
                    diagnostics.Error(DiagnosticCodes.DataInconsistent, row.SpanOf("indicator"), $"indicator {parsed.Indicator.Number} has two rows; merge them (ตัวชี้วัดซ้ำ)");
                }
                else
                {
                    rows.Add(parsed);
                }
            }

            row.WarnUnknownKeys("a row of an improvement table");
        }

        return new PerceptionImprovementSet(id, title, map.Span, year ?? 0, map.String("note"), [.. rows.OrderBy(r => r.Indicator.Number)]);
    }

    private PerceptionImprovement? Row(YamlMap row, int year, IndicatorFramework? framework)
    {
        var number = row.Int("indicator", required: true);
        var indicator = number is { } n ? framework?.FindPerception(n) : null;
        if (number is not null && framework is not null && indicator is null)
        {
            var numbers = string.Join(", ", framework.PerceptionIndicators.Select(p => p.Number));
            diagnostics.Error(DiagnosticCodes.DataUnknownIndicator, row.SpanOf("indicator"), $"ITA {year} has no IIT/EIT indicator {number} (indicators: {numbers}) (ไม่มีตัวชี้วัดนี้ในกรอบการประเมินของปี {year})");
        }

        var guidelines = row.StringList("guidelines", required: true).Select(g => g.Value).ToList();
        var responsible = row.String("responsible", required: true) ?? string.Empty;
        var from = YearMonth.Read(row, "from");
        var to = YearMonth.Read(row, "to");
        if (from is { } f && to is { } t && t.CompareTo(f) < 0)
        {
            diagnostics.Error(DiagnosticCodes.DataInconsistent, row.SpanOf("to"), $"'to' ({t.Iso}) is before 'from' ({f.Iso}) (เดือนสิ้นสุดอยู่ก่อนเดือนเริ่มต้น)");
        }

        var status = row.Enum("status", PageStatusNames.FromYaml, required: true) ?? PageStatus.NotStarted;
        var results = row.StringList("results").Select(r => r.Value).ToList();
        if (status == PageStatus.Done && results.Count == 0 && row.Has("status"))
        {
            diagnostics.Warning(DiagnosticCodes.DataInconsistent, row.SpanOf("status"), "the row is done but has no 'results'; say what was done (ดำเนินการแล้วแต่ไม่มีผลการดำเนินการ)");
        }

        // without the year's framework the links cannot be checked; the year is already an error
        IReadOnlyList<int> linked = framework is null ? Unchecked(row) : Measures(row, year, number);
        return indicator is null ? null : new PerceptionImprovement(indicator, guidelines, responsible, from ?? default, to ?? default, status, results, linked);
    }

    private List<int> Measures(YamlMap row, int year, int? indicator)
    {
        var numbers = new List<int>();
        foreach (var (text, span) in row.StringList("measures"))
        {
            if (!int.TryParse(Thai.ThaiDigits.ToArabic(text), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, span, $"each entry of 'measures' must be a measure number, got '{text}'");
                continue;
            }

            var measure = measures.FirstOrDefault(m => m.Page.Year == year && m.Page.Number == number);
            if (measure is null)
            {
                var known = string.Join(", ", measures.Where(m => m.Page.Year == year).Select(m => m.Page.Number).Order());
                diagnostics.Error(DiagnosticCodes.DataUnknownMeasure, span, $"there is no measure {number} of {year} (measures: {(known.Length == 0 ? "none" : known)}) (ไม่พบมาตรการนี้ใน content/measures/{year}/)");
                continue;
            }

            if (indicator is { } i && measure.Page.PerceptionIndicators.All(p => p.Number != i))
            {
                diagnostics.Warning(DiagnosticCodes.DataInconsistent, span, $"measure {number} does not list indicator {i} under its perception_indicators ({measure.Page.Source.DisplayPath}); add it there or remove the link (มาตรการไม่ได้ระบุตัวชี้วัดนี้)");
            }

            numbers.Add(number);
        }

        return numbers;
    }

    private static List<int> Unchecked(YamlMap row)
    {
        row.Raw("measures");
        return [];
    }

}
