using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;

namespace ItaSite.Tests.Framework;

/// <summary>Rating schemes per year: letter grades up to 2566, named levels since 2567, and what OIT alone implies.</summary>
public class RatingSchemeTests
{
    private static RatingScheme Rating(int year) => ShippedFrameworkTests.Load(year).Rating!;

    [Fact]
    public void Letter_grades_until_2566_named_levels_since_2567()
    {
        Assert.Equal(["AA", "A", "B", "C", "D", "E", "F"], Rating(2566).Levels.Select(l => l.Name));
        foreach (var year in new[] { 2567, 2568, 2569 })
        {
            Assert.Equal(["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ต้องปรับปรุง", "ต้องปรับปรุงโดยด่วน"], Rating(year).Levels.Select(l => l.Name));
            Assert.Equal(100, Rating(year).ItemPass);
            Assert.Equal(0, Rating(year).ItemFail);
        }
    }

    [Theory]
    [InlineData(96, 96, 96, 96, "ผ่านดีเยี่ยม")]
    [InlineData(96, 94, 96, 96, "ผ่านดี")]
    [InlineData(94.64, 97, 80, 100, "ผ่าน")] // STAO 2568: total 94.64 but EIT < 85
    [InlineData(84.99, 90, 90, 80, "ต้องปรับปรุง")]
    [InlineData(69.99, 90, 90, 40, "ต้องปรับปรุงโดยด่วน")]
    public void Named_levels_need_every_tool_where_the_rule_says_so(double total, double iit, double eit, double oit, string level)
    {
        var scores = new Dictionary<string, decimal> { ["IIT"] = (decimal)iit, ["EIT"] = (decimal)eit, ["OIT"] = (decimal)oit };
        Assert.Equal(level, Rating(2568).LevelOf((decimal)total, scores).Name);
    }

    [Theory]
    [InlineData(100, "ผ่านดีเยี่ยม", "ผ่านดีเยี่ยม")]
    [InlineData(92.31, "ผ่านดี", "ผ่านดี")]
    [InlineData(80.77, "ผ่าน", "ต้องปรับปรุง")]
    [InlineData(50, "ต้องปรับปรุง", "ต้องปรับปรุงโดยด่วน")]
    public void An_OIT_only_estimate_gives_the_best_level_OIT_allows_and_the_level_if_all_tools_matched(double oit, string best, string equal)
    {
        var estimate = Rating(2569).EstimateFromOit((decimal)oit);
        Assert.Equal(best, estimate.BestPossible.Name);
        Assert.Equal(equal, estimate.IfOtherToolsEqual.Name);
        Assert.Equal(Math.Round((decimal)oit * 0.4m, 2), estimate.MinTotal);
        Assert.Equal(Math.Round((decimal)oit * 0.4m, 2) + 60, estimate.MaxTotal);
    }

    [Fact]
    public void OIT_score_is_the_average_of_100_or_0_item_scores()
    {
        Assert.Equal(80.77m, Rating(2569).OitScore(21, 26));
        Assert.Equal("AA", Rating(2566).EstimateFromOit(Rating(2566).OitScore(43, 43)).BestPossible.Name);
    }

    [Fact]
    public void A_rating_block_with_wrong_weights_or_order_is_reported()
    {
        const string yaml = """
            year: 2570
            indicators:
              - { number: 9, title: x, sub_indicators: [{ id: "9.1", title: y }] }
            rating:
              weights: { IIT: 30, EIT: 30, OIT: 30 }
              levels:
                - { name: ผ่าน, min_total: 85 }
                - { name: ผ่านดี, min_total: 90 }
                - { name: ต้องปรับปรุง, min_total: 70 }
            items:
              - { code: O1, title: x, sub_indicator: "9.1", components: [{ id: c1, text: x }] }
            """;
        var diagnostics = new DiagnosticBag();
        Assert.Null(FrameworkLoader.Parse(yaml, "f.yaml", diagnostics));
        var codes = diagnostics.Sorted().Select(d => $"{d.Span.Line}:{d.Code}").ToList();
        Assert.Equal(["5:ITA2013", "7:ITA2013", "8:ITA2013"], codes); // weights, the last level not at 0 (on the list), ผ่านดี after ผ่าน
    }
}
