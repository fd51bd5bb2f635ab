using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Output;
using ItaSite.Generator.Publishing;
using ItaSite.Generator.Sanitizing;
using ItaSite.Generator.Site;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Hostile;

/// <summary>
/// The markdown stage finds raw HTML in the one walk that gathers a body's nodes (<c>BodyNodes</c>) and skips the sanitizer
/// only when there is none. Raw HTML in every place Markdig accepts it (nested in lists, quotes, tables, footnotes, headings,
/// link labels, emphasis) must still be found, sent through the sanitizer and cleaned.
/// </summary>
public class RawHtmlPlacesTests
{
    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("ย่อหน้า <img src=x onerror=alert(1)> ต่อ")]
    [InlineData("- รายการ\n  - ซ้อน <img src=x onerror=alert(1)>")]
    [InlineData("> อ้างอิง\n> > ซ้อน <img src=x onerror=alert(1)>")]
    [InlineData("| ก | ข |\n|---|---|\n| <img src=x onerror=alert(1)> | 2 |")]
    [InlineData("ข้อความ[^1]\n\n[^1]: เชิงอรรถ <img src=x onerror=alert(1)>")]
    [InlineData("## หัวข้อ <img src=x onerror=alert(1)>")]
    [InlineData("[ลิงก์ <img src=x onerror=alert(1)>](https://www.example.go.th/)")]
    [InlineData("**หนา _เอียง <img src=x onerror=alert(1)>_**")]
    [InlineData("1. หนึ่ง\n\n   > ในรายการ\n   >\n   > <div onclick=\"x()\">ก</div>")]
    public void Raw_html_anywhere_goes_through_the_sanitizer(string body)
    {
        foreach (var level in new[] { HtmlPolicyLevel.Strict, HtmlPolicyLevel.Standard })
        {
            var rendered = Render(body, HtmlPolicy.Create(level, []));
            var html = BodyText.Html(rendered.Body);
            Assert.True(rendered.Sanitized, $"not sanitized under {level}: {html}");
            Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void A_body_without_raw_html_in_the_same_places_skips_it()
    {
        var rendered = Render("- รายการ\n  - ซ้อน **หนา**\n\n> อ้าง\n\n| ก |\n|---|\n| 1 |\n\n## หัวข้อ", HtmlPolicy.Standard);
        Assert.False(rendered.Sanitized);
    }

    private static RenderedMarkdown Render(string body, HtmlPolicy policy)
    {
        var page = new GenericPage(new SourceFile("pages/x.md", "pages/x.md", body), new MarkdownBody(body, 1), [], "ทดสอบ", null, null);
        var resolver = new LinkResolver(new Dictionary<string, SitePath> { ["pages/x.md"] = new("/x/") }, new HashSet<string> { "/x/" }, new Dictionary<string, AssetFile>());
        return new MarkdownRenderer(BuildLimits.Default, policy).Render(page, new SitePath("/x/"), resolver, new DiagnosticBag());
    }
}
