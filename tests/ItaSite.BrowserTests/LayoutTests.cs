namespace ItaSite.BrowserTests;

/// <summary>Phone and desktop widths: nothing scrolls sideways, and screenshots of every page type for a reviewer.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture site)
{
    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task Page_does_not_scroll_sideways_at_375px(string path, string name)
    {
        var page = await site.NewPageAsync(375, 812);
        await page.GotoAsync(site.BaseUrl + path);
        var overflow = await page.EvaluateAsync<string[]>(
            """
            (() => { const w = document.documentElement.clientWidth;
              if (document.documentElement.scrollWidth <= w) return [];
              return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 0.5
                && !e.closest('.table-wrap, .visually-hidden')).slice(0, 8).map(e => e.tagName + '.' + e.className); })()
            """);
        await site.ScreenshotAsync(page, name + "-375");
        Assert.True(overflow.Length == 0, $"{name} scrolls sideways at 375 px: {string.Join(", ", overflow)}");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), $"{name} is wider than 375 px");
    }

    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task Page_fits_a_1280px_desktop(string path, string name)
    {
        var page = await site.NewPageAsync(1280, 900);
        await page.GotoAsync(site.BaseUrl + path);
        await site.ScreenshotAsync(page, name + "-1280");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), $"{name} is wider than 1280 px");
    }

    [Fact]
    public async Task Chart_labels_stay_readable_on_a_phone()
    {
        var page = await site.NewPageAsync(375, 812);
        await page.GotoAsync(site.BaseUrl + "oit/2566/o29/");
        var sizes = await page.EvaluateAsync<double[]>(
            "[...document.querySelectorAll('.chart__label, .chart__tick')].map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a)");
        Assert.NotEmpty(sizes);
        Assert.True(sizes.Min() >= 9, $"chart labels are drawn at {sizes.Min():0.0} px on a 375 px screen");
        var region = await page.EvaluateAsync<bool>(
            "(() => { const r = document.querySelector('.chart__scroll'); return r.tabIndex === 0 && r.scrollWidth > r.clientWidth && !!r.getAttribute('aria-label'); })()");
        Assert.True(region, "a chart wider than the phone scrolls inside a focusable, labelled region");
    }
}
