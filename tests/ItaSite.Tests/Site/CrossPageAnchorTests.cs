using ItaSite.Tests.Support;

namespace ItaSite.Tests.Site;

/// <summary>Links to a heading of another page (<c>/qa/#id</c>) are checked against that page's headings.</summary>
public class CrossPageAnchorTests
{
    [Fact]
    public async Task A_link_to_a_missing_heading_of_another_page_is_an_error_and_an_existing_one_is_not()
    {
        using var site = TestSite.WithBasics();
        site.Write("pages/contact.md", "---\ntitle: ติดต่อ\n---\n## Office hours\n\nเปิดทำการ\n");
        site.Write("pages/about.md", "---\ntitle: เกี่ยวกับเรา\n---\nดู [เวลาทำการ](/contact/#office-hours) และ [หัวข้อที่ไม่มี](/contact/#nowhere)\n");

        var result = await site.BuildAsync(write: false);

        var anchors = TestSite.Errors(result).Where(d => d.Code == "ITA3003").ToList();
        var error = Assert.Single(anchors);
        Assert.Contains("page /contact/ has no heading with id '#nowhere'", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("about.md", error.Span.File, StringComparison.Ordinal);
    }
}
