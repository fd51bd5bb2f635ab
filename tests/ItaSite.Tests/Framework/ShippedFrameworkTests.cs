using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;

namespace ItaSite.Tests.Framework;

/// <summary>The framework files that ship with the generator (2566–2569): they load clean and say how sure they are.</summary>
public class ShippedFrameworkTests
{
    internal static IndicatorFramework Load(int year)
    {
        var diagnostics = new DiagnosticBag();
        var framework = FrameworkLoader.LoadBuiltIn(year, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.NotNull(framework);
        return framework;
    }

    [Theory]
    [InlineData(2566, 43)]
    [InlineData(2567, 43)]
    [InlineData(2568, 26)]
    [InlineData(2569, 26)]
    public void Each_shipped_year_loads_without_any_diagnostic_and_numbers_its_items_in_order(int year, int count)
    {
        var framework = Load(year);
        Assert.Equal(year, framework.Year);
        Assert.Equal(Enumerable.Range(1, count), framework.Items.Select(i => i.Code.Number));
        Assert.All(framework.Items, i => Assert.NotEmpty(i.Components));
        Assert.All(framework.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Source), $"{year} {i.Code} has no source"));
        Assert.NotNull(framework.Rating);
    }

    [Fact]
    public void The_shipped_years_are_2566_to_2569_and_nothing_ships_for_2570()
    {
        Assert.Equal([2566, 2567, 2568, 2569], FrameworkLoader.BuiltInYears());
        Assert.Null(FrameworkLoader.LoadBuiltIn(2570, new DiagnosticBag()));
    }

    [Theory]
    [InlineData(2567, 2566)]
    [InlineData(2568, 2567)]
    [InlineData(2569, 2568)]
    public void Each_year_after_2566_maps_onto_the_year_before(int year, int previous)
    {
        var framework = Load(year);
        Assert.Equal(previous, framework.PreviousYear);
        Assert.Contains(framework.Items, i => i.Continues.Count > 0);
    }

    [Fact]
    public void Unknown_entries_are_always_provisional_and_the_known_gaps_are_flagged()
    {
        foreach (var year in FrameworkLoader.BuiltInYears())
        {
            Assert.All(Load(year).Items.Where(i => i.Confidence == Confidence.Unknown), i => Assert.True(i.Provisional, $"{year} {i.Code}"));
        }

        // The research note leaves these titles UNKNOWN or inferred ([I]); they must not be shown as fact.
        Assert.Equal(["O2", "O3", "O6", "O7", "O10", "O25", "O26"], Load(2569).ProvisionalItems.Select(i => i.Code.ToString()));
        var y2568 = Load(2568);
        Assert.Equal(Confidence.Unknown, y2568.Find(new IndicatorCode(25))!.Confidence);
        Assert.Equal(Confidence.Unknown, y2568.Find(new IndicatorCode(26))!.Confidence);
        Assert.True(y2568.Find(new IndicatorCode(2))!.Provisional);
        Assert.Empty(Load(2566).ProvisionalItems);
        Assert.Equal(Confidence.Low, Load(2569).Confidence);
    }

    [Fact]
    public void The_2566_component_text_has_the_official_wording_not_the_seed_typos()
    {
        var text = string.Join("\n", Load(2566).Items.SelectMany(i => i.Components).Select(c => c.Text));
        Assert.DoesNotContain("สี่เทา", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ครบคลุม", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ตำแหน่งรูปถ่าย", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ปฏิบัติการกิจ", text, StringComparison.Ordinal);
        Assert.Contains("พฤติกรรมสีเทา", text, StringComparison.Ordinal);
        Assert.Contains("ตำแหน่ง รูปถ่าย", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_2566_O30_period_follows_the_rule_not_one_agency_report()
    {
        var o30 = Load(2566).Find(new IndicatorCode(30))!;
        Assert.Equal(PeriodRule.CurrentFiscalYear, o30.Period);
        Assert.DoesNotContain(o30.Components, c => c.Text.Contains("๒๕๖๕", StringComparison.Ordinal));
    }

    [Fact]
    public void The_2567_periods_are_worded_by_fiscal_year()
    {
        var framework = Load(2567);
        var periodTexts = framework.Items.SelectMany(i => i.Components).Select(c => c.Text).Where(t => t.Contains("พ.ศ. ๒๕๖", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(periodTexts);
        Assert.DoesNotContain(periodTexts, t => t.Contains("ในปี พ.ศ.", StringComparison.Ordinal));
        Assert.Contains(framework.Find(new IndicatorCode(7))!.Components, c => c.Text.Contains("ปีงบประมาณ พ.ศ. ๒๕๖๗", StringComparison.Ordinal));
        Assert.Contains(framework.Find(new IndicatorCode(13))!.Components, c => c.Text.Contains("ปีงบประมาณ พ.ศ. ๒๕๖๖", StringComparison.Ordinal));
        Assert.Contains(framework.Find(new IndicatorCode(12))!.Components, c => c.Text.Contains("๑ ต.ค. ๖๖ - ๓๑ มี.ค. ๖๗", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2566)]
    [InlineData(2567)]
    [InlineData(2568)]
    [InlineData(2569)]
    public void No_shipped_component_still_carries_a_known_seed_slip(int year)
    {
        var text = string.Join("\n", Load(year).Items.SelectMany(i => i.Components.Select(c => c.Text).Append(i.Title)));
        foreach (var slip in new[] { "สี่เทา", "ครบคลุม", "ตำแหน่งรูปถ่าย", "กล้องข้อความ", "ปฏิบัติการกิจ", "สูงสุดหรือหน่วยงาน", "ต.ค ", "  " })
        {
            Assert.DoesNotContain(slip, text, StringComparison.Ordinal);
        }
    }
}
