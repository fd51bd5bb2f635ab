using ItaSite.Tests.Support;

namespace ItaSite.Tests.Brand;

/// <summary>The footer every page carries: complaint channels named even without a page, and no heading over an empty list.</summary>
public sealed class FooterTests
{
    // The minimal site's name, URL and years, with channels that have no page or URL of their own.
    private static readonly string ChannelsWithoutPages = TestSite.MinimalSiteYaml[..TestSite.MinimalSiteYaml.IndexOf("address:", StringComparison.Ordinal)] + """
        complaints:
          anti_corruption:
            title: แจ้งเบาะแสการทุจริต
            phone: "0 4300 0001"
            email: corruption@example.go.th
          general:
            title: ร้องเรียนทั่วไป
            phone: "0 4300 0002"
          national:
            - { name: ศูนย์ดำรงธรรม, phone: "1567" }
        """;

    /// <summary>A home page alone: no Q&amp;A, privacy, social or EIT link, and channels without pages.</summary>
    private static async Task<(TestSite Site, AngleSharp.Dom.IDocument Home)> BareSiteAsync()
    {
        var site = new TestSite();
        site.Write("site.yaml", ChannelsWithoutPages);
        site.Write("pages/index.md", "---\ntitle: หน้าแรก\n---\nยินดีต้อนรับ\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        return (site, site.Html("index.html"));
    }

    [Fact]
    public async Task Channels_without_a_page_are_named_with_their_phone_and_no_item_is_empty()
    {
        var (site, home) = await BareSiteAsync();
        using var _ = site;
        var items = home.QuerySelectorAll("section[aria-labelledby=footer-complaints] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.All(items, text => Assert.NotEqual("", text));
        Assert.Contains(items, t => t.StartsWith("แจ้งเบาะแสการทุจริต", StringComparison.Ordinal) && t.Contains("corruption@example.go.th", StringComparison.Ordinal)
            && t.Contains("0\u00A04300\u00A00001", StringComparison.Ordinal));
        Assert.Contains(items, t => t.StartsWith("ร้องเรียนทั่วไป", StringComparison.Ordinal) && t.Contains("0\u00A04300\u00A00002", StringComparison.Ordinal));
        Assert.NotNull(home.QuerySelector("section[aria-labelledby=footer-complaints] a[href='tel:043000002']"));
    }

    [Fact]
    public async Task Related_links_section_appears_only_with_links()
    {
        var (bare, home) = await BareSiteAsync();
        using var _ = bare;
        Assert.Null(home.QuerySelector("#footer-links"));
        Assert.DoesNotContain(home.QuerySelectorAll(".site-footer ul"), ul => ul.Children.Length == 0);

        using var withQa = TestSite.WithBasics();
        Assert.True((await withQa.BuildAsync()).Succeeded);
        var links = withQa.Html("index.html").QuerySelectorAll("section[aria-labelledby=footer-links] li a");
        Assert.Contains(links, a => a.TextContent.Contains("ถาม-ตอบ", StringComparison.Ordinal));
    }
}
