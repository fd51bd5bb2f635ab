using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;
using ItaSite.Generator.Publishing;
using ItaSite.Generator.Site;
using ItaSite.Generator.Yaml;
using YamlDotNet.RepresentationModel;

namespace ItaSite.Generator.Data.Loading;

/// <summary>
/// Parses one data file of <c>content/data/</c> into the records of the kind it declares (<c>kind: procurement</c>…). Every
/// wrong or missing value is a positioned diagnostic; unknown keys are warnings. Never throws on bad content. The frameworks and
/// measures are what <c>perception-improvements</c> files are checked against.
/// </summary>
public sealed class DataFileParser(DiagnosticBag diagnostics, IReadOnlyDictionary<int, IndicatorFramework>? frameworks = null, IReadOnlyList<BoundMeasure>? measures = null)
{
    public static readonly IReadOnlyList<string> Kinds = ["executives", "contacts", "procurement", "complaint-statistics", "service-statistics", "perception-improvements", "news"];

    public DataSet? Parse(SourceFile file)
    {
        var source = new YamlSource(file.DisplayPath);
        if (YamlLoader.LoadMapping(file.Text, source, diagnostics) is not { } root)
        {
            return null;
        }

        var map = new YamlMap(root, source, diagnostics);
        var id = Path.GetFileNameWithoutExtension(file.ContentPath);
        var kind = map.String("kind", required: true);
        var title = map.String("title", required: true) ?? id;
        DataSet? result = kind switch
        {
            null => null,
            "executives" => Executives(map, id, title, file.ContentPath),
            "contacts" => Contacts(map, id, title),
            "procurement" => Procurement(map, id, title),
            "complaint-statistics" => Complaints(map, id, title),
            "service-statistics" => Services(map, id, title),
            "perception-improvements" => new PerceptionImprovementParser(diagnostics, frameworks ?? new Dictionary<int, IndicatorFramework>(), measures ?? []).Parse(map, id, title),
            "news" => NewsParser.Parse(map, id, title, diagnostics),
            _ => Unknown(map, kind),
        };
        map.WarnUnknownKeys($"data file of kind '{kind}'");
        return result;
    }

    private DataSet? Unknown(YamlMap map, string kind)
    {
        diagnostics.Error(DiagnosticCodes.InvalidValue, map.SpanOf("kind"), $"'kind' must be one of {string.Join(", ", Kinds)}; got '{kind}' (ไม่รู้จักชนิดข้อมูลนี้)");
        foreach (var key in map.Keys)
        {
            map.Raw(key);
        }

        return null;
    }

    private ExecutiveSet Executives(YamlMap map, string id, string title, string contentPath)
    {
        var folder = Path.GetDirectoryName(contentPath)?.Replace('\\', '/') ?? string.Empty;
        var groups = new List<ExecutiveGroup>();
        foreach (var g in map.MapList("groups", required: true))
        {
            var people = new List<Executive>();
            foreach (var p in g.MapList("people", required: true))
            {
                var photo = p.FilePath("photo");
                people.Add(new Executive(
                    p.String("name", required: true) ?? string.Empty,
                    p.String("position", required: true) ?? string.Empty,
                    p.String("phone"),
                    p.Email("email"),
                    photo is null ? null : Normalize(photo.StartsWith('/') ? string.Empty : folder, photo),
                    p.SpanOf("photo")));
                p.WarnUnknownKeys("an executive");
            }

            groups.Add(new ExecutiveGroup(g.String("title", required: true) ?? string.Empty, people));
            g.WarnUnknownKeys("an executive group");
        }

        return new ExecutiveSet(id, title, map.Span, groups);
    }

    private ContactSet Contacts(YamlMap map, string id, string title)
    {
        var units = new List<ContactUnit>();
        foreach (var u in map.MapList("units"))
        {
            units.Add(new ContactUnit(u.String("name", required: true) ?? string.Empty, u.String("phone", required: true) ?? string.Empty, u.Email("email")));
            u.WarnUnknownKeys("a unit");
        }

        return new ContactSet(id, title, map.Span, map.Url("website"), map.String("hotline"), units);
    }

    private ProcurementSet Procurement(YamlMap map, string id, string title)
    {
        var months = new List<ProcurementMonth>();
        foreach (var m in map.MapList("months", required: true))
        {
            var month = Month(m, "month");
            var items = new List<ProcurementItem>();
            foreach (var i in m.MapList("items"))
            {
                var bids = new List<Bid>();
                foreach (var b in i.MapList("bids", required: true))
                {
                    bids.Add(BidOf(b));
                }

                var winner = i.Map("winner", required: true) is { } w ? BidOf(w) : new Bid(string.Empty, 0);
                var budget = i.Decimal("budget", required: true) ?? 0;
                if (winner.Price > budget && i.Has("winner"))
                {
                    diagnostics.Warning(DiagnosticCodes.DataInconsistent, i.SpanOf("winner"), $"the agreed price {winner.Price:#,0.00} is above the budget {budget:#,0.00} (ราคาที่ตกลงสูงกว่าวงเงิน)");
                }

                items.Add(new ProcurementItem(
                    i.String("work", required: true) ?? string.Empty,
                    budget,
                    i.Decimal("reference_price"),
                    i.String("method", required: true) ?? string.Empty,
                    bids,
                    winner,
                    i.String("reason", required: true) ?? string.Empty,
                    i.String("contract", required: true) ?? string.Empty,
                    i.Date("contract_date")));
                i.WarnUnknownKeys("a procurement item");
            }

            var count = m.Int("count", required: true, min: 0) ?? 0;
            if (items.Count > count)
            {
                diagnostics.Error(DiagnosticCodes.DataInconsistent, m.SpanOf("count"), $"'count' is {count} but the month lists {items.Count} items (จำนวนรายการน้อยกว่ารายการที่แสดง)");
            }

            months.Add(new ProcurementMonth(month, count, m.Decimal("total", required: true) ?? 0, m.Date("reported"), items)
            {
                CountSpan = m.SpanOf("count"),
                Note = m.String("note"),
            });
            m.WarnUnknownKeys("a procurement month");
        }

        CheckOrder(map, months.Select(m => m.Month).ToList());
        return new ProcurementSet(id, title, map.Span, map.String("agency", required: true) ?? string.Empty, months);
    }

    private Bid BidOf(YamlMap b)
    {
        var bid = new Bid(b.String("name", required: true) ?? string.Empty, b.Decimal("price", required: true) ?? 0);
        b.WarnUnknownKeys("a bid");
        return bid;
    }

    private ComplaintStatistics Complaints(YamlMap map, string id, string title)
    {
        var months = new List<ComplaintMonth>();
        foreach (var m in map.MapList("months", required: true))
        {
            var row = new ComplaintMonth(Month(m, "month"), m.Int("received", required: true, min: 0) ?? 0, m.Int("completed", required: true, min: 0) ?? 0, m.Int("in_progress", required: true, min: 0) ?? 0);
            if (row.Completed + row.InProgress != row.Received)
            {
                diagnostics.Error(DiagnosticCodes.DataInconsistent, m.SpanOf("received"), $"completed ({row.Completed}) + in_progress ({row.InProgress}) must equal received ({row.Received}) (จำนวนแล้วเสร็จรวมกับระหว่างดำเนินการต้องเท่ากับจำนวนที่ได้รับ)");
            }

            months.Add(row);
            m.WarnUnknownKeys("a month of complaint statistics");
        }

        CheckOrder(map, months.Select(m => m.Month).ToList());
        return new ComplaintStatistics(id, title, map.Span, map.String("note"), months);
    }

    private ServiceStatistics Services(YamlMap map, string id, string title)
    {
        var months = new List<YearMonth>();
        foreach (var (text, span) in map.StringList("months", required: true))
        {
            if (YearMonth.TryParse(text, out var month))
            {
                months.Add(month);
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, span, $"a month must be written YYYY-MM (e.g. 2565-10), got '{text}'");
            }
        }

        CheckOrder(map, months);
        var services = new List<ServiceSeries>();
        foreach (var s in map.MapList("services", required: true))
        {
            var counts = new List<int>();
            foreach (var node in s.List("counts", required: true))
            {
                if (node is YamlScalarNode { Value: { } v } && int.TryParse(Thai.ThaiDigits.ToArabic(v), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
                {
                    counts.Add(n);
                }
                else
                {
                    diagnostics.Error(DiagnosticCodes.InvalidValue, s.Source.SpanOf(node), "each count must be a whole number of 0 or more");
                    counts.Add(0);
                }
            }

            if (s.Has("counts") && counts.Count != months.Count)
            {
                diagnostics.Error(DiagnosticCodes.DataInconsistent, s.SpanOf("counts"), $"'counts' has {counts.Count} numbers but 'months' has {months.Count} (จำนวนตัวเลขต้องเท่ากับจำนวนเดือน)");
                counts = [.. counts.Concat(Enumerable.Repeat(0, Math.Max(0, months.Count - counts.Count))).Take(months.Count)];
            }

            services.Add(new ServiceSeries(s.String("name", required: true) ?? string.Empty, counts));
            s.WarnUnknownKeys("a service");
        }

        return new ServiceStatistics(id, title, map.Span, map.String("unit") ?? "ราย", months, services);
    }

    private static YearMonth Month(YamlMap map, string key) => YearMonth.Read(map, key) ?? default;

    private void CheckOrder(YamlMap map, IReadOnlyList<YearMonth> months)
    {
        for (var i = 1; i < months.Count; i++)
        {
            if (months[i].CompareTo(months[i - 1]) <= 0 && months[i] != default)
            {
                diagnostics.Error(DiagnosticCodes.DataInconsistent, map.SpanOf("months"), $"months must be in order without repeats; {months[i].Iso} follows {months[i - 1].Iso} (เดือนต้องเรียงลำดับและไม่ซ้ำ)");
                return;
            }
        }
    }

    /// <summary>A path written relative to the data file, as a content path (may start with ../ when it escapes; checked later).</summary>
    private static string Normalize(string folder, string written)
    {
        var parts = new List<string>();
        foreach (var part in (folder + "/" + written.TrimStart('/')).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return "../" + written;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
