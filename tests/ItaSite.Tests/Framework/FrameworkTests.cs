using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;

namespace ItaSite.Tests.Framework;

public class FrameworkTests
{
    private static IndicatorFramework Load2566()
    {
        var diagnostics = new DiagnosticBag();
        var framework = FrameworkLoader.LoadBuiltIn(2566, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return framework!;
    }

    [Fact]
    public void Built_in_2566_has_43_items_in_order_with_components()
    {
        var framework = Load2566();
        Assert.Equal(2566, framework.Year);
        Assert.Equal(43, framework.Items.Count);
        Assert.Equal(Enumerable.Range(1, 43), framework.Items.Select(i => i.Code.Number));
        Assert.All(framework.Items, i => Assert.NotEmpty(i.Components));
        Assert.All(framework.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Title)));
    }

    [Fact]
    public void Built_in_2566_groups_items_into_the_seven_sub_indicators()
    {
        var framework = Load2566();
        Assert.Equal(["9.1", "9.2", "9.3", "9.4", "9.5", "10.1", "10.2"], framework.SubIndicators.Select(s => s.Id));
        Assert.Equal("9.1", framework.Find(new IndicatorCode(1))!.SubIndicator.Id);
        Assert.Equal("9.3", framework.Find(new IndicatorCode(21))!.SubIndicator.Id);
        Assert.Equal("9.5", framework.Find(new IndicatorCode(28))!.SubIndicator.Id);
        Assert.Equal("10.2", framework.Find(new IndicatorCode(43))!.SubIndicator.Id);
        Assert.Equal(8, framework.PerceptionIndicators.Count);
    }

    [Fact]
    public void Built_in_2566_keeps_seed_wording_and_period_rules()
    {
        var framework = Load2566();
        var o28 = framework.Find(new IndicatorCode(28))!;
        Assert.Equal("ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", o28.Title);
        Assert.Contains(o28.Components, c => c.Text.Contains("แยกต่างหากจากช่องทางการร้องเรียนทั่วไป", StringComparison.Ordinal));
        Assert.Equal(PeriodRule.FirstHalfOfCurrentFiscalYear, framework.Find(new IndicatorCode(21))!.Period);
        Assert.Equal(PeriodRule.PreviousFiscalYear, framework.Find(new IndicatorCode(13))!.Period);
        Assert.Equal(PeriodRule.None, framework.Find(new IndicatorCode(1))!.Period);
        Assert.Contains(framework.Find(new IndicatorCode(43))!.Components, c => c.Text.Contains("QR code", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("O17", 17)]
    [InlineData("o17", 17)]
    [InlineData("O๑๗", 17)]
    [InlineData(" O1 ", 1)]
    public void Indicator_codes_parse_to_canonical_form(string text, int number)
    {
        Assert.True(IndicatorCode.TryParse(text, out var code));
        Assert.Equal(number, code.Number);
        Assert.Equal($"O{number}", code.ToString());
        Assert.Equal($"o{number}", code.Slug);
    }

    [Theory]
    [InlineData("17")]
    [InlineData("X17")]
    [InlineData("O")]
    [InlineData("O0")]
    [InlineData("O-1")]
    public void Indicator_codes_reject_garbage(string text) => Assert.False(IndicatorCode.TryParse(text, out _));

    [Fact]
    public void A_site_framework_with_mistakes_reports_each_with_its_position()
    {
        const string yaml = """
            year: 2568
            indicators:
              - number: 9
                title: การเปิดเผยข้อมูล
                sub_indicators:
                  - { id: "9.1", title: ข้อมูลพื้นฐาน }
            items:
              - code: O1
                title: โครงสร้างและอำนาจหน้าที่
                sub_indicator: "9.1"
                period: none
                components:
                  - { id: c1, text: แสดงแผนผังโครงสร้าง }
              - code: O1
                title: ซ้ำ
                sub_indicator: "9.1"
                components: [{ id: c1, text: x }]
              - code: O2
                title: ข้อมูลผู้บริหาร
                sub_indicator: "9.9"
                period: sometimes
                components: [{ id: c1, text: x }]
            """;
        var diagnostics = new DiagnosticBag();
        var framework = FrameworkLoader.Parse(yaml, "content/frameworks/ita-2568.yaml", diagnostics);
        Assert.Null(framework);
        var lines = diagnostics.Sorted().Select(d => d.ToString()).ToList();
        Assert.Contains("content/frameworks/ita-2568.yaml:14:11: error ITA2008: item O1 is listed twice in the framework", lines);
        Assert.Contains(lines, l => l.StartsWith("content/frameworks/ita-2568.yaml:20:20: error ITA2008: sub-indicator '9.9'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("content/frameworks/ita-2568.yaml:21:13: error ITA1004: 'period' must be one of", StringComparison.Ordinal));
    }
}
