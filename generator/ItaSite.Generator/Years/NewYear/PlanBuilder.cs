using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;

namespace ItaSite.Generator.Years.NewYear;

/// <summary>
/// Plans the pages of the new year: one per item of its framework (carried over by the cross-year mapping from the pages of the
/// items it continues), a skeleton per measure of the previous year, the year's <c>year.yaml</c> (a draft, ITAS links to fill),
/// and the list of what is left to do.
/// </summary>
internal sealed class PlanBuilder(int from, int year, IndicatorFramework previous, IndicatorFramework target, ContentSet content, DiagnosticBag diagnostics)
{
    private readonly Skeletons _skeletons = new(from, year);

    public NewYearPlan Build(List<PlannedFile> files, bool draftFramework)
    {
        var parser = new PageParser(diagnostics);
        var pages = content.Markdown
            .Where(f => YearFolders.YearOf(f.ContentPath) == from)
            .Select(parser.Parse)
            .OfType<ContentPage>()
            .ToList();
        var itemPages = pages.OfType<ItemPage>().GroupBy(p => p.Code).ToDictionary(g => g.Key, g => g.First());
        var predecessors = Predecessors();

        var dropped = new List<(string Code, string Directive)>();
        var newItems = new List<string>();
        var carried = 0;
        foreach (var item in target.Items)
        {
            var continues = predecessors[item.Code];
            var sources = continues.Select(c => itemPages.GetValueOrDefault(c)).OfType<ItemPage>().ToList();
            carried += sources.Count > 0 ? 1 : 0;
            if (continues.Count == 0)
            {
                newItems.Add(item.Code.ToString());
            }

            var droppedHere = new List<string>();
            files.Add(new PlannedFile($"{YearFolders.Folder("oit", year)}/{item.Code.Slug}.md", _skeletons.Item(item, sources, continues, droppedHere)));
            dropped.AddRange(droppedHere.Select(d => (item.Code.ToString(), d)));
        }

        var measures = pages.OfType<MeasurePage>().OrderBy(m => m.Number).ToList();
        foreach (var measure in measures)
        {
            var indicators = target.Items.Where(i => measure.Indicators.Any(m => predecessors[i.Code].Contains(m.Code))).Select(i => i.Code).ToList();
            var perception = measure.PerceptionIndicators.Select(p => p.Number).Where(n => target.FindPerception(n) is not null).ToList();
            var name = Path.GetFileName(measure.Source.ContentPath);
            files.Add(new PlannedFile($"{YearFolders.Folder("measures", year)}/{name}", _skeletons.Measure(measure, indicators, perception, [])));
        }

        files.Add(new PlannedFile($"{YearFolders.Folder("oit", year)}/{YearFolders.SettingsFile}", YearFile()));
        files.Sort((a, b) => string.CompareOrdinal(a.ContentPath, b.ContentPath));
        var todo = new TodoList(from, year).Make(target, draftFramework, carried, newItems, dropped, measures.Count);
        return new NewYearPlan(year, from, draftFramework, target.Items.Count, carried, measures.Count, files, todo);
    }

    /// <summary>For each item of the new year, the items of the starting year it carries on, by the frameworks' mapping.</summary>
    private Dictionary<IndicatorCode, IReadOnlyList<IndicatorCode>> Predecessors()
    {
        var catalog = FrameworkCatalog.Build(new Dictionary<int, IndicatorFramework> { [from] = previous, [year] = target }, new DiagnosticBag());
        return target.Items.ToDictionary(
            i => i.Code,
            i => (IReadOnlyList<IndicatorCode>)[.. catalog.SameTopic(year, i.Code).Where(t => t.Year == from).SelectMany(t => t.Items).Select(p => p.Code).Distinct().Order()]);
    }

    private string YearFile() => $"""
        # การตั้งค่าของปีการประเมิน ITA {year} (สร้างโดย itasite new-year จากปี {from})
        # Settings of ITA {year}, created by 'itasite new-year' from {from}.

        # ฉบับร่าง: itasite serve และ itasite check แสดงและตรวจปีนี้ แต่ itasite build ยังไม่เผยแพร่
        # ลบบรรทัดนี้ (หรือเปลี่ยนเป็น false) เมื่อพร้อมเผยแพร่ / remove when ready to publish
        draft: true

        # ลิงก์แบบวัด EIT/IIT ของปี {year} จากระบบ ITAS (ใส่เมื่อได้รับ); ว่างไว้ = ยังไม่มี QR Code ของปีนี้
        # (ไม่ใช้ลิงก์ของปีอื่น) / this year's own ITAS links; empty = none yet, never another year's
        itas:
          eit_url:
          iit_url:

        """;
}
