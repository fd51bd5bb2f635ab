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

        var result = new List<FrameworkItem>(item.Continues.Count);
        foreach (var continued in item.Continues)
        {
            if (before.Find(continued) is { } found)
            {
                result.Add(found);
            }
        }

        return result;
    }

    /// <summary>The items of the following year(s) that continue this item.</summary>
    public IReadOnlyList<TopicInYear> Successors(int year, IndicatorCode code) =>
        [.. _all.Values.Where(f => f.PreviousYear == year).OrderBy(f => f.Year)
            .Select(f => new TopicInYear(f.Year, [.. f.Items.Where(i => Continues(i, code))]))
            .Where(t => t.Items.Count > 0)];

    // A loop, not Contains: the default comparer of a struct is made by reflection and JIT-compiled at first use.
    private static bool Continues(FrameworkItem item, IndicatorCode code)
    {
        foreach (var continued in item.Continues)
        {
            if (continued.Number == code.Number)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The same topic in every other site year, following the mapping backwards and forwards through every year in between
    /// (2566 ↔ 2567 ↔ 2568 ↔ 2569). The walk keeps its direction, so items merged with this one are not reported as its topic.
    /// </summary>
    public IReadOnlyList<TopicInYear> SameTopic(int year, IndicatorCode code)
    {
        // Codes travel as their numbers: sets and comparers over int are precompiled, those over IndicatorCode were
        // JIT-compiled on the first item page of every multi-year build (the same order: IndicatorCode compares by number).
        var found = new SortedDictionary<int, SortedSet<int>>();
        Walk(year, [code.Number], backwards: true, found);
        Walk(year, [code.Number], backwards: false, found);
        var result = new List<TopicInYear>();
        foreach (var (other, numbers) in found)
        {
            if (other == year || !Years.ContainsKey(other) || numbers.Count == 0)
            {
                continue;
            }

            var items = new List<FrameworkItem>(numbers.Count);
            foreach (var number in numbers)
            {
                if (_all[other].Find(new IndicatorCode(number)) is { } item)
                {
                    items.Add(item);
                }
            }

            result.Add(new TopicInYear(other, items));
        }

        return result;
    }

    private void Walk(int year, HashSet<int> numbers, bool backwards, SortedDictionary<int, SortedSet<int>> found)
    {
        // Each step moves one year; a year can have only one previous year, so the walk ends.
        while (numbers.Count > 0)
        {
            var step = new HashSet<int>();
            foreach (var number in numbers)
            {
                if (backwards)
                {
                    foreach (var item in Predecessors(year, new IndicatorCode(number)))
                    {
                        step.Add(item.Code.Number);
                    }

                    continue;
                }

                foreach (var topic in Successors(year, new IndicatorCode(number)))
                {
                    foreach (var item in topic.Items)
                    {
                        step.Add(item.Code.Number);
                    }
                }
            }

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
            numbers = step;
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
