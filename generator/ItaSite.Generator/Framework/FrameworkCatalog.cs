using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Framework;

/// <summary>The items of one year that carry a topic asked about in another year.</summary>
public sealed record TopicInYear(int Year, IReadOnlyList<FrameworkItem> Items);

/// <summary>
/// The frameworks of a site plus the cross-year mapping between them. Years a site does not assess but that sit between two
/// of its years (2567 and 2568 for a site with 2566 and 2569) are loaded from the built-in files so the chain still resolves;
/// they are never reported as site years.
/// </summary>
public sealed class FrameworkCatalog
{
    private readonly Dictionary<int, IndicatorFramework> _all;

    private FrameworkCatalog(IReadOnlyDictionary<int, IndicatorFramework> years, Dictionary<int, IndicatorFramework> all)
    {
        Years = years;
        _all = all;
    }

    /// <summary>The years the site assesses (or the files given), by year.</summary>
    public IReadOnlyDictionary<int, IndicatorFramework> Years { get; }

    /// <summary>Builds the catalog and checks every mapping: a <c>continues</c> code that the previous year lacks is an error at its position.</summary>
    public static FrameworkCatalog Build(IReadOnlyDictionary<int, IndicatorFramework> years, DiagnosticBag diagnostics)
    {
        var all = new Dictionary<int, IndicatorFramework>(years);
        var pending = new Queue<IndicatorFramework>(years.Values.OrderBy(f => f.Year));
        while (pending.TryDequeue(out var framework))
        {
            if (framework.PreviousYear is not { } previous)
            {
                continue;
            }

            if (!all.TryGetValue(previous, out var before))
            {
                // Built-in years are checked by the tests; a broken one must not hide the site's own diagnostics.
                before = FrameworkLoader.LoadBuiltIn(previous, new DiagnosticBag());
                if (before is null)
                {
                    diagnostics.Warning(DiagnosticCodes.FrameworkPreviousYearMissing, framework.PreviousYearSpan, $"previous_year {previous} has no framework (not built in and not in site.yaml frameworks:), so the mapping of ITA {framework.Year} cannot be checked (ไม่พบกรอบการประเมินของปีก่อนหน้า)");
                    continue;
                }

                all[previous] = before;
                pending.Enqueue(before);
            }

            CheckMapping(framework, before, diagnostics);
        }

        return new FrameworkCatalog(years, all);
    }

    /// <summary>The items of the previous year that this item continues (empty for a new item or an unmapped year).</summary>
    public IReadOnlyList<FrameworkItem> Predecessors(int year, IndicatorCode code)
    {
        if (!_all.TryGetValue(year, out var framework) || framework.Find(code) is not { } item || framework.PreviousYear is not { } previous
            || !_all.TryGetValue(previous, out var before))
        {
            return [];
        }

        return [.. item.Continues.Select(before.Find).OfType<FrameworkItem>()];
    }

    /// <summary>The items of the following year(s) that continue this item.</summary>
    public IReadOnlyList<TopicInYear> Successors(int year, IndicatorCode code) =>
        [.. _all.Values.Where(f => f.PreviousYear == year).OrderBy(f => f.Year)
            .Select(f => new TopicInYear(f.Year, [.. f.Items.Where(i => i.Continues.Contains(code))]))
            .Where(t => t.Items.Count > 0)];

    /// <summary>
    /// The same topic in every other site year, following the mapping backwards and forwards through every year in between
    /// (2566 ↔ 2567 ↔ 2568 ↔ 2569). The walk keeps its direction, so items merged with this one are not reported as its topic.
    /// </summary>
    public IReadOnlyList<TopicInYear> SameTopic(int year, IndicatorCode code)
    {
        var found = new SortedDictionary<int, SortedSet<IndicatorCode>>();
        Walk(year, [code], backwards: true, found);
        Walk(year, [code], backwards: false, found);
        return [.. found.Where(kv => kv.Key != year && Years.ContainsKey(kv.Key) && kv.Value.Count > 0)
            .Select(kv => new TopicInYear(kv.Key, [.. kv.Value.Select(c => _all[kv.Key].Find(c)).OfType<FrameworkItem>()]))];
    }

    private void Walk(int year, IReadOnlyCollection<IndicatorCode> codes, bool backwards, SortedDictionary<int, SortedSet<IndicatorCode>> found)
    {
        // Each step moves one year; a year can have only one previous year, so the walk ends.
        while (codes.Count > 0)
        {
            var step = backwards
                ? codes.SelectMany(c => Predecessors(year, c)).Select(i => i.Code).ToHashSet()
                : codes.SelectMany(c => Successors(year, c)).SelectMany(t => t.Items).Select(i => i.Code).ToHashSet();
            var next = backwards ? _all.GetValueOrDefault(year)?.PreviousYear : _all.Values.FirstOrDefault(f => f.PreviousYear == year)?.Year;
            if (next is not { } nextYear || step.Count == 0)
            {
                return;
            }

            if (!found.TryGetValue(nextYear, out var set))
            {
                found[nextYear] = set = [];
            }

            set.UnionWith(step);
            year = nextYear;
            codes = step;
        }
    }

    private static void CheckMapping(IndicatorFramework framework, IndicatorFramework before, DiagnosticBag diagnostics)
    {
        var range = before.Items.Count > 0 ? $"{before.Items[0].Code}–{before.Items[^1].Code}" : "none";
        foreach (var item in framework.Items)
        {
            for (var i = 0; i < item.Continues.Count; i++)
            {
                if (before.Find(item.Continues[i]) is null)
                {
                    var span = i < item.ContinuesSpans.Count ? item.ContinuesSpans[i] : item.Span;
                    diagnostics.Error(DiagnosticCodes.FrameworkMappingMissingItem, span, $"{item.Code} of ITA {framework.Year} continues {item.Continues[i]}, but ITA {before.Year} has no such item (its items are {range}) (ข้อที่อ้างถึงไม่มีในกรอบของปีก่อนหน้า)");
                }
            }
        }
    }
}
