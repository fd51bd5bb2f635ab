using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace ItaSite.BrowserTests;

/// <summary>WCAG 2.0/2.1 A and AA with axe-core, plus what axe cannot judge alone: heading order, skip link, visible focus.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture site)
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public Task Page_has_no_axe_violations_for_wcag_a_and_aa(string path, string name) => AxeAsync(path, name, 1280);

    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public Task Page_has_no_axe_violations_on_a_375px_phone(string path, string name) => AxeAsync(path, name + " at 375 px", 375);

    private async Task AxeAsync(string path, string name, int width)
    {
        var page = await site.NewPageAsync(width, 900);
        await page.GotoAsync(site.BaseUrl + path);
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
        var report = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Take(5).Select(n => $"    {n.Target} {n.Html}"))));
        Assert.True(result.Violations.Length == 0, $"{name}: {result.Violations.Length} axe violation(s)\n{report}");
        Assert.NotEmpty(result.Passes);
    }

    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task Page_is_thai_with_one_h1_and_headings_in_order(string path, string name)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + path);
        Assert.Equal("th", await page.GetAttributeAsync("html", "lang"));
        var headings = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => h.tagName[1] + ' ' + h.textContent.trim().slice(0, 60))");
        Assert.NotEmpty(headings);
        Assert.Equal('1', headings[0][0]);
        Assert.Single(headings, h => h[0] == '1');
        for (var i = 1; i < headings.Length; i++)
        {
            var jump = headings[i][0] - headings[i - 1][0];
            Assert.True(jump <= 1, $"{name}: heading level jumps from \"{headings[i - 1]}\" to \"{headings[i]}\"");
        }
    }

    [Fact]
    public async Task Skip_link_is_the_first_tab_stop_is_shown_and_moves_focus_to_main()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "oit/2566/o28/");
        const string OnScreen = "(() => { const r = document.querySelector('.skip-link').getBoundingClientRect(); return r.bottom > 0 && r.top >= 0; })()";
        Assert.False(await page.EvaluateAsync<bool>(OnScreen), "the skip link should be off-screen until focused");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("document.activeElement.className"));
        Assert.True(await page.EvaluateAsync<bool>(OnScreen), "the focused skip link must be on screen");
        await page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main", page.Url, StringComparison.Ordinal);
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Theory]
    [InlineData("oit/2566/o12/")]
    [InlineData("search/")]
    public async Task Every_keyboard_focus_stop_shows_a_thick_outline(string path)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + path);
        var seen = new List<string>();
        for (var i = 0; i < 60; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<FocusStyle>(
                """
                (() => { const e = document.activeElement, s = getComputedStyle(e), again = e.dataset.focusSeen === '1';
                  e.dataset.focusSeen = '1';
                  return { tag: (again ? 'AGAIN ' : '') + e.tagName + ' ' + (e.getAttribute('href') || e.id || e.name || ''), outlineStyle: s.outlineStyle,
                           outlineWidth: parseFloat(s.outlineWidth) || 0, boxShadow: s.boxShadow }; })()
                """);
            if (focus.Tag.StartsWith("BODY", StringComparison.Ordinal) || focus.Tag.StartsWith("AGAIN", StringComparison.Ordinal))
            {
                break;
            }

            seen.Add(focus.Tag);
            Assert.True(focus.OutlineStyle != "none" && focus.OutlineWidth >= 2, $"focus on {focus.Tag} has outline {focus.OutlineStyle} {focus.OutlineWidth}px");
        }

        Assert.True(seen.Count >= 10, $"only {seen.Count} focus stops reached");
    }

    public sealed class FocusStyle
    {
        public string Tag { get; set; } = string.Empty;

        public string OutlineStyle { get; set; } = string.Empty;

        public double OutlineWidth { get; set; }

        public string BoxShadow { get; set; } = string.Empty;
    }
}
