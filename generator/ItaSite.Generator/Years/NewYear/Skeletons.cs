using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ItaSite.Generator.Content;
using ItaSite.Generator.Framework;

namespace ItaSite.Generator.Years.NewYear;

/// <summary>
/// The pages <c>new-year</c> writes: an item page per framework item, carrying over from the page(s) of the item it continues
/// the responsible unit, the headings, the summary and the generated blocks, with status not-started, years and periods advanced
/// and no evidence; and a measure skeleton per measure of the previous year. Data directives are left out (the new year needs
/// its own data) and reported to the caller.
/// </summary>
public sealed partial class Skeletons(int from, int year)
{
    private readonly int _delta = year - from;

    /// <summary>An item page; <paramref name="previous"/> are the pages of the items it continues (none for a new item).</summary>
    public string Item(FrameworkItem item, IReadOnlyList<ItemPage> previous, IReadOnlyList<IndicatorCode> continues, List<string> droppedData)
    {
        var text = new StringBuilder("---\n");
        text.Append("indicator: ").Append(item.Code).Append('\n');
        text.Append("status: not-started\n");
        if (Join(previous.Select(p => p.Responsible)) is { } responsible)
        {
            text.Append("responsible: ").Append(Quote(responsible)).Append('\n');
        }

        if (previous.Select(p => p.FiscalYear).FirstOrDefault(f => f is not null) is { } fiscal)
        {
            text.Append("fiscal_year: ").Append((fiscal + _delta).ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        if (previous.Select(p => p.Covers).FirstOrDefault(c => c is not null) is { } covers)
        {
            text.Append(CultureInfo.InvariantCulture, $"covers: {{ from: {Iso(covers.From.AddYears(_delta))}, to: {Iso(covers.To.AddYears(_delta))} }}\n");
        }

        if (Join(previous.Select(p => p.Summary is null ? null : Advance(p.Summary))) is { } summary)
        {
            text.Append("summary: ").Append(Quote(summary)).Append('\n');
        }

        var includes = previous.SelectMany(p => p.Includes).Distinct(StringComparer.Ordinal).ToList();
        if (includes.Count > 0)
        {
            text.Append("include: [").Append(string.Join(", ", includes)).Append("]\n");
        }

        text.Append("---\n");
        var from4 = from.ToString(CultureInfo.InvariantCulture);
        text.Append(previous.Count == 0
            ? $"<!-- {item.Code} เป็นข้อใหม่ของปี {year} ไม่มีข้อมูลจากปี {from4}: เพิ่มข้อมูลตามองค์ประกอบด้านข้อมูลของข้อนี้ -->\n"
            : $"<!-- คัดลอกโครงจาก ITA {from4} ข้อ {string.Join(", ", continues)}: ใส่ข้อมูลของปี {year} ใต้แต่ละหัวข้อ แล้วระบุ evidence -->\n");
        foreach (var page in previous)
        {
            Body(page, text, droppedData);
        }

        return text.ToString();
    }

    /// <summary>A measure skeleton: number, title, the new year's items it addresses (by the mapping), unit and headings.</summary>
    public string Measure(MeasurePage page, IReadOnlyList<IndicatorCode> indicators, IReadOnlyList<int> perception, List<string> droppedData)
    {
        var text = new StringBuilder("---\n");
        text.Append("measure: ").Append(page.Number.ToString(CultureInfo.InvariantCulture)).Append('\n');
        text.Append("title: ").Append(Quote(Advance(page.Title))).Append('\n');
        if (indicators.Count > 0)
        {
            text.Append("indicators: [").Append(string.Join(", ", indicators)).Append("]\n");
        }

        if (perception.Count > 0)
        {
            text.Append("perception_indicators: [").Append(string.Join(", ", perception.Select(p => p.ToString(CultureInfo.InvariantCulture)))).Append("]\n");
        }

        if (page.Responsible is { } responsible)
        {
            text.Append("responsible: ").Append(Quote(responsible)).Append('\n');
        }

        text.Append("status: not-started\n---\n");
        text.Append(CultureInfo.InvariantCulture, $"<!-- มาตรการปี {year}: ใส่ประเด็นจากผลการประเมินปี {from} (issue:), วิธีการ ระยะเวลา และผลการดำเนินงาน -->\n");
        Body(page, text, droppedData);
        return text.ToString();
    }

    /// <summary>Shifts Buddhist-Era years of the previous few years by the rollover's distance (2569 → 2570).</summary>
    public string Advance(string text) => BuddhistYear().Replace(text, m =>
    {
        var value = int.Parse(m.Value, CultureInfo.InvariantCulture);
        return value > from - 6 && value <= from ? (value + _delta).ToString(CultureInfo.InvariantCulture) : m.Value;
    });

    private void Body(ContentPage page, StringBuilder text, List<string> droppedData)
    {
        foreach (var line in page.Body.Text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith('#'))
            {
                text.Append('\n').Append(Advance(StripId(trimmed))).Append("\n\n<!-- ยังไม่ได้กรอกข้อมูล -->\n");
            }
            else if (trimmed.StartsWith("::qr[", StringComparison.Ordinal))
            {
                text.Append('\n').Append(trimmed).Append('\n');
            }
            else if (trimmed.StartsWith("::data[", StringComparison.Ordinal))
            {
                droppedData.Add(trimmed);
            }
        }
    }

    private static string StripId(string heading) => HeadingId().Replace(heading, string.Empty);

    private static string? Join(IEnumerable<string?> values)
    {
        var distinct = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 0 ? null : string.Join(", ", distinct);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A YAML double-quoted scalar: safe for any text (colons, '#', quotes, leading symbols).</summary>
    public static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"(?<![0-9])25[0-9]{2}(?![0-9])")]
    private static partial Regex BuddhistYear();

    [GeneratedRegex(@"\s*\{#[^}]*\}\s*$")]
    private static partial Regex HeadingId();
}
