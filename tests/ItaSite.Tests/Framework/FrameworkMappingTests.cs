using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;

namespace ItaSite.Tests.Framework;

/// <summary>The cross-year mapping (<c>previous_year</c> + <c>continues</c>) and the "same topic in other years" query.</summary>
public class FrameworkMappingTests
{
    private static FrameworkCatalog Catalog(params int[] years)
    {
        var diagnostics = new DiagnosticBag();
        var catalog = FrameworkCatalog.Build(years.ToDictionary(y => y, ShippedFrameworkTests.Load), diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return catalog;
    }

    private static string Describe(IReadOnlyList<TopicInYear> topics) =>
        string.Join("; ", topics.Select(t => $"{t.Year}: {string.Join(",", t.Items.Select(i => i.Code))}"));

    [Fact]
    public void Procurement_summary_of_2569_follows_the_merge_back_to_three_items_of_2566_and_2567()
    {
        var topics = Catalog(2566, 2567, 2568, 2569).SameTopic(2569, new IndicatorCode(11));
        Assert.Equal("2566: O19,O20,O21; 2567: O19,O20,O21; 2568: O12", Describe(topics));
    }

    [Fact]
    public void Participation_moves_from_O30_to_O20_to_O19()
    {
        var catalog = Catalog(2566, 2567, 2568, 2569);
        Assert.Equal("2567: O30; 2568: O20; 2569: O19", Describe(catalog.SameTopic(2566, new IndicatorCode(30))));
        Assert.Equal("2566: O30; 2567: O30; 2568: O20", Describe(catalog.SameTopic(2569, new IndicatorCode(19))));
    }

    [Fact]
    public void The_walk_keeps_its_direction_so_merged_partners_are_not_the_same_topic()
    {
        var catalog = Catalog(2566, 2567, 2568, 2569);

        // 2568 O1 merges 2567 O1 (structure) and O3 (duties): from 2566 O1 forwards that is O1, never O3 of 2566/2567.
        Assert.Equal("2567: O1; 2568: O1; 2569: O1", Describe(catalog.SameTopic(2566, new IndicatorCode(1))));
        Assert.Equal("2566: O1,O3; 2567: O1,O3; 2568: O1", Describe(catalog.SameTopic(2569, new IndicatorCode(1))));
    }

    [Fact]
    public void Items_without_a_successor_or_predecessor_have_no_topic_there()
    {
        var catalog = Catalog(2566, 2567, 2568, 2569);
        Assert.Equal("2567: O17", Describe(catalog.SameTopic(2566, new IndicatorCode(17)))); // satisfaction survey: gone after 2567
        Assert.Empty(catalog.SameTopic(2569, new IndicatorCode(25))); // new in 2569
    }

    [Fact]
    public void A_site_with_2566_and_2569_only_still_resolves_the_chain_through_the_years_between()
    {
        var catalog = Catalog(2566, 2569);
        Assert.Equal([2566, 2569], catalog.Years.Keys.Order());
        Assert.Equal("2566: O30", Describe(catalog.SameTopic(2569, new IndicatorCode(19))));
        Assert.Equal("2569: O11", Describe(catalog.SameTopic(2566, new IndicatorCode(21))));
    }

    [Fact]
    public void Split_is_reported_as_several_successors()
    {
        const string yaml = """
            year: 2570
            previous_year: 2569
            indicators:
              - number: 9
                title: การเปิดเผยข้อมูล
                sub_indicators: [{ id: "9.1", title: ข้อมูลพื้นฐาน }]
            items:
              - { code: O1, title: โครงสร้าง, sub_indicator: "9.1", continues: [O1], components: [{ id: c1, text: แผนผัง }] }
              - { code: O2, title: หน้าที่และอำนาจ, sub_indicator: "9.1", continues: [O1], components: [{ id: c1, text: หน้าที่ }] }
            """;
        var diagnostics = new DiagnosticBag();
        var draft = FrameworkLoader.Parse(yaml, "content/frameworks/ita-2570.yaml", diagnostics)!;
        var catalog = FrameworkCatalog.Build(new Dictionary<int, IndicatorFramework> { [2569] = ShippedFrameworkTests.Load(2569), [2570] = draft }, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("2570: O1,O2", Describe(catalog.Successors(2569, new IndicatorCode(1))));
        Assert.Equal("2569: O1", Describe(catalog.SameTopic(2570, new IndicatorCode(2))));
    }

    [Fact]
    public void A_mapping_that_names_a_missing_item_is_an_error_at_that_code()
    {
        const string yaml = """
            year: 2569
            previous_year: 2568
            indicators:
              - number: 9
                title: การเปิดเผยข้อมูล
                sub_indicators: [{ id: "9.5", title: การส่งเสริมความโปร่งใส }]
            items:
              - code: O19
                title: ผลการเปิดโอกาสให้มีส่วนร่วมในการดำเนินงาน
                sub_indicator: "9.5"
                continues: [O20, O30]
                components: [{ id: c1, text: x }]
            """;
        var diagnostics = new DiagnosticBag();
        var framework = FrameworkLoader.Parse(yaml, "content/frameworks/ita-2569.yaml", diagnostics)!;
        FrameworkCatalog.Build(new Dictionary<int, IndicatorFramework> { [2569] = framework }, diagnostics);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(
            "content/frameworks/ita-2569.yaml:11:22: error ITA2010: O19 of ITA 2569 continues O30, but ITA 2568 has no such item (its items are O1–O26) (ข้อที่อ้างถึงไม่มีในกรอบของปีก่อนหน้า)",
            error.ToString());
    }

    [Fact]
    public void Continues_without_previous_year_and_a_previous_year_without_framework_are_reported()
    {
        const string yaml = """
            year: 2560
            previous_year: 2559
            indicators:
              - number: 9
                title: การเปิดเผยข้อมูล
                sub_indicators: [{ id: "9.1", title: ข้อมูลพื้นฐาน }]
            items:
              - { code: O1, title: โครงสร้าง, sub_indicator: "9.1", continues: [O1, X, O1], components: [{ id: c1, text: x }] }
            """;
        var diagnostics = new DiagnosticBag();
        Assert.Null(FrameworkLoader.Parse(yaml, "f.yaml", diagnostics));
        var lines = diagnostics.Sorted().Select(d => d.ToString()).ToList();
        Assert.Contains("f.yaml:8:73: error ITA2015: 'X' in continues is not an item code like O17", lines);
        Assert.Contains("f.yaml:8:76: error ITA2015: O1 is listed twice in continues", lines);

        diagnostics = new DiagnosticBag();
        var ok = FrameworkLoader.Parse(yaml.Replace("[O1, X, O1]", "[O1]", StringComparison.Ordinal), "f.yaml", diagnostics)!;
        FrameworkCatalog.Build(new Dictionary<int, IndicatorFramework> { [2560] = ok }, diagnostics);
        Assert.StartsWith("f.yaml:2:16: warning ITA2011: previous_year 2559 has no framework", diagnostics.Sorted().Single().ToString(), StringComparison.Ordinal);

        diagnostics = new DiagnosticBag();
        Assert.Null(FrameworkLoader.Parse(yaml.Replace("previous_year: 2559\n", string.Empty, StringComparison.Ordinal), "f.yaml", diagnostics));
        Assert.Contains(diagnostics.Sorted(), d => d.Code == "ITA2015" && d.Message.Contains("no previous_year", StringComparison.Ordinal));
    }
}
