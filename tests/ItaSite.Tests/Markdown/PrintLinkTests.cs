using ItaSite.Tests.Support;

namespace ItaSite.Tests.Markdown;

/// <summary>print.css writes link addresses out on paper; a link whose text already is its address is marked so it is not printed twice.</summary>
public class PrintLinkTests
{
    [Fact]
    public async Task Links_whose_text_is_their_address_are_marked_url_text()
    {
        using var site = TestSite.WithBasics();
        site.Write("pages/about.md", "# เกี่ยวกับ\n\nเว็บไซต์ https://www.nacc.go.th/ และ <https://www.pacc.go.th/> และ [https://www.1111.go.th/](https://www.1111.go.th/) และ [ศูนย์ดำรงธรรม](https://www.damrongdhama.moi.go.th/) และ [ถาม-ตอบ](qa.md)\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var links = site.Html("about/index.html").QuerySelectorAll(".prose a").ToDictionary(a => a.TextContent, a => a);
        Assert.True(links["https://www.nacc.go.th/"].ClassList.Contains("url-text"));
        Assert.True(links["https://www.1111.go.th/"].ClassList.Contains("url-text"));
        Assert.True(links["https://www.pacc.go.th/"].ClassList.Contains("url-text"));
        Assert.False(links["ศูนย์ดำรงธรรม"].ClassList.Contains("url-text"));
        Assert.Equal("https://www.example.go.th/ita/qa/", links["ถาม-ตอบ"].GetAttribute("data-print-url"));
    }
}
