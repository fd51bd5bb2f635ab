namespace ItaSite.BrowserTests;

/// <summary>The built example site, served under a sub-path, opened in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageSmokeTests(BrowserFixture site)
{
    [Theory]
    [InlineData("", "home")]
    [InlineData("oit/2566/", "oit-index")]
    [InlineData("oit/2566/o28/", "item-o28")]
    public async Task Pages_render_thai_under_a_sub_path_with_styles(string path, string name)
    {
        var page = await site.NewPageAsync();
        var response = await page.GotoAsync(site.BaseUrl + path);
        Assert.Equal(200, response!.Status);
        Assert.Equal("th", await page.GetAttributeAsync("html", "lang"));
        var fontFamily = await page.EvaluateAsync<string>("getComputedStyle(document.body).fontFamily");
        Assert.Contains("Sarabun", fontFamily, StringComparison.Ordinal);
        Assert.True(await page.Locator("[data-channel=anti-corruption]").IsVisibleAsync());
        await site.ScreenshotAsync(page, name + "-desktop");
    }

    [Fact]
    public async Task Oit_index_links_lead_to_item_pages()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "oit/2566/");
        await page.Locator("tr[data-item=O17] th a").ClickAsync();
        Assert.EndsWith("/ita/oit/2566/o17/", page.Url, StringComparison.Ordinal);
        Assert.StartsWith("O17", (await page.Locator("h1").InnerTextAsync()).Trim(), StringComparison.Ordinal);
    }
}
