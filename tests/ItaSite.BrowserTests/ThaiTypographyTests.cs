using System.Text.Json;

namespace ItaSite.BrowserTests;

/// <summary>
/// Thai text needs room above and below the line for vowel and tone marks (e.g. ที่, กี้, ปู่), and a font that has Thai glyphs
/// on the reader's machine without downloading one.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ThaiTypographyTests(BrowserFixture site)
{
    private const double MinLineHeightRatio = 1.5;

    [Theory]
    [InlineData("oit/2566/o29/", "body, h1, h2, main p, main li, th, td, dt, dd, .status, .search-box input, .search-box button, .main-nav a, .complaint-bar a, .breadcrumb li")]
    [InlineData("oit/2566/", "h1, h2, h3, th, td, .status")]
    [InlineData("oit/2566/o43/", "caption, thead th, tbody th, td, .round")]
    [InlineData("search/", ".search-form input, .search-form button, .search-form label")]
    [InlineData("", ".year-card__title, .year-card__meta, .site-footer h2, .site-footer li")]
    public async Task Line_height_leaves_room_for_thai_marks(string path, string selectors)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + path);
        var tight = await page.EvaluateAsync<string[]>(
            """
            ([selectors, min]) => selectors.split(',').map(s => s.trim()).flatMap(sel => {
              const e = document.querySelector(sel);
              if (!e) return [sel + ': not on the page'];
              const s = getComputedStyle(e), size = parseFloat(s.fontSize), lh = parseFloat(s.lineHeight);
              return isNaN(lh) || lh / size < min - 0.005 ? [`${sel}: line-height ${s.lineHeight} for font-size ${s.fontSize}`] : [];
            })
            """,
            new object[] { selectors, MinLineHeightRatio });
        Assert.True(tight.Length == 0, string.Join("\n", tight));
    }

    [Theory]
    [InlineData("privacy/", "h1")]
    [InlineData("oit/2566/o28/", ".checklist__text")]
    [InlineData("oit/2566/o29/", "tbody th")]
    public async Task Thai_text_is_drawn_with_a_font_of_the_stylesheet_stack(string path, string selector)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + path);
        var stack = await page.EvaluateAsync<string>("getComputedStyle(document.body).fontFamily");
        var named = stack.Split(',').Select(f => f.Trim().Trim('"')).Where(f => f is not ("sans-serif" or "serif")).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("DOM.enable");
        await cdp.SendAsync("CSS.enable");
        var root = (await cdp.SendAsync("DOM.getDocument"))!.Value.GetProperty("root").GetProperty("nodeId").GetInt32();
        var node = (await cdp.SendAsync("DOM.querySelector", new Dictionary<string, object> { ["nodeId"] = root, ["selector"] = selector }))!.Value.GetProperty("nodeId").GetInt32();
        var fonts = (await cdp.SendAsync("CSS.getPlatformFontsForNode", new Dictionary<string, object> { ["nodeId"] = node }))!.Value.GetProperty("fonts")
            .EnumerateArray().Select(f => (Family: f.GetProperty("familyName").GetString()!, Glyphs: f.GetProperty("glyphCount").GetInt32())).ToList();

        Assert.NotEmpty(fonts);
        var text = await page.Locator(selector).First.InnerTextAsync();
        Assert.Contains(text, c => c is >= '\u0E00' and <= '\u0E7F');
        var main = fonts.MaxBy(f => f.Glyphs);
        Assert.True(named.Contains(main.Family), $"{selector} on {path} is drawn mostly in {main.Family}, not a font of the stack {stack} (fonts: {JsonSerializer.Serialize(fonts.Select(f => f.Family + " " + f.Glyphs))})");
    }
}
