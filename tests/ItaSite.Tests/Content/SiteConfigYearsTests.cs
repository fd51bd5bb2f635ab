using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;

namespace ItaSite.Tests.Content;

/// <summary><c>assessment_years</c> in site.yaml: every bad entry reported at its own position, the good ones sorted once each.</summary>
public class SiteConfigYearsTests
{
    private static (SiteConfig? Config, List<string> Lines) Parse(string years)
    {
        var text = $"""
            name: องค์การบริหารส่วนตำบลทดสอบ
            base_url: https://www.example.go.th/ita/
            assessment_years: {years}
            complaints:
              anti_corruption:
                title: แจ้งเรื่องร้องเรียนการทุจริต
                page: /complaints/
              general:
                title: ร้องเรียนทั่วไป
                page: /complaints/
            """;
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigParser.Parse(new SourceFile("site.yaml", "content/site.yaml", text), diagnostics);
        return (config, diagnostics.Sorted().Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void Years_are_sorted_once_each_with_the_first_position_of_each()
    {
        var (config, lines) = Parse("[2569, ๒๕๖๖, 2569, 2567]");
        Assert.Empty(lines);
        Assert.NotNull(config);
        Assert.Equal([2566, 2567, 2569], config.AssessmentYears);
        Assert.Equal(3, config.AssessmentYearSpans[2569].Line);
        Assert.Equal(20, config.AssessmentYearSpans[2569].Column);
        Assert.Equal(26, config.AssessmentYearSpans[2566].Column);
    }

    [Fact]
    public void Every_bad_year_is_an_error_at_its_position_and_the_good_ones_stay()
    {
        var (config, lines) = Parse("[2566, 66, x2567, 2568]");
        Assert.Equal(2, lines.Count);
        Assert.StartsWith("content/site.yaml:3:26: error ", lines[0]);
        Assert.StartsWith("content/site.yaml:3:30: error ", lines[1]);
        Assert.All(lines, l => Assert.Contains("Buddhist-Era years", l));
        if (config is not null)
        {
            Assert.Equal([2566, 2568], config.AssessmentYears);
        }
    }
}
