using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ItaSite.BrowserTests;

/// <summary>
/// The search page's steps on the example site, each checked against the published pages themselves: the query as a phrase,
/// all its words, most of its words, a typing slip corrected to text the index holds, and the year and kind filters.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchUnderstandingTests(BrowserFixture site)
{
    private async Task<IPage> SearchAsync(string query, string extra = "", int width = 1280)
    {
        var page = await site.NewPageAsync(width);
        await page.GotoAsync(site.BaseUrl + "search/?q=" + Uri.EscapeDataString(query) + extra);
        await page.WaitForSelectorAsync("body[data-search-ready]");
        Assert.Equal("true", await page.GetAttributeAsync("body", "data-search-ready"));
        return page;
    }

    private static Task<string> RuleAsync(IPage page) => page.GetAttributeAsync("body", "data-search-rule")!;

    private static Task<string> StatusAsync(IPage page) => page.Locator("#search-status").InnerTextAsync();

    // The folded display text of every listed result, in list order (all pages of results, not only the first 50).
    private static Task<string[]> ResultTextsAsync(IPage page, string query) => page.EvaluateAsync<string[]>(
        "q => ItaSearch.understand(ItaSearch.index, q).results.map(r => ItaSearch.fold(r.doc.x))", query);

    // Ground truth from the published pages: the folded text each item page of the year shows in its article.
    private static Task<Dictionary<string, string>> ItemTextsAsync(IPage page) => page.EvaluateAsync<Dictionary<string, string>>("""
        async () => {
          const out = {};
          for (let n = 1; n <= 43; n++) {
            const path = `oit/2566/o${n}/`;
            const response = await fetch(document.body.dataset.root + path);
            if (!response.ok) continue;
            const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
            doc.querySelectorAll('.chart svg, nav').forEach(e => e.remove());
            out[path] = ItaSearch.fold(doc.querySelector('article').textContent);
          }
          return out;
        }
        """);

    [Fact]
    public async Task A_query_on_the_pages_as_typed_is_found_as_a_phrase_and_never_rewritten()
    {
        var page = await SearchAsync("ร้องเรียนการทุจริต");
        Assert.Equal("phrase", await RuleAsync(page));
        Assert.StartsWith("พบ ", await StatusAsync(page), StringComparison.Ordinal);
        Assert.True(await page.Locator("#search-suggestion").IsHiddenAsync());
        var texts = await ResultTextsAsync(page, "ร้องเรียนการทุจริต");
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.Contains("ร้องเรียนการทุจริต", t, StringComparison.Ordinal));

        // ซื่อ occurs, so it is not "corrected" to the far more frequent ซื้อ, and the reverse.
        foreach (var (query, other) in new[] { ("ซื่อ", "ซื้อ"), ("ซื้อ", "ซื่อ") })
        {
            var found = await page.EvaluateAsync<string[]>("q => { const f = ItaSearch.understand(ItaSearch.index, q); return [f.rule, f.fixed || '', ...f.results.map(r => r.doc.x)]; }", query);
            Assert.Equal("phrase", found[0]);
            Assert.Equal(string.Empty, found[1]);
            Assert.All(found.Skip(2), x => Assert.Contains(query, x, StringComparison.Ordinal));
            Assert.Contains(found.Skip(2), x => !x.Contains(other, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Words_run_together_find_every_item_page_holding_all_of_them_close_ones_first()
    {
        var page = await SearchAsync("ร้องเรียนทุจริต");
        Assert.Equal("words", await RuleAsync(page));
        Assert.Equal("ไม่พบวลีนี้ แสดงหน้าที่มีทุกคำ: ร้องเรียน · ทุจริต", (await StatusAsync(page)).Split(" (")[0]);
        await site.ScreenshotAsync(page, "search-all-words");

        var texts = await ResultTextsAsync(page, "ร้องเรียนทุจริต");
        Assert.All(texts, t => Assert.True(t.Contains("ร้องเรียน", StringComparison.Ordinal) && t.Contains("ทุจริต", StringComparison.Ordinal), t[..Math.Min(80, t.Length)]));
        var expected = (await ItemTextsAsync(page)).Where(p => p.Value.Contains("ร้องเรียน", StringComparison.Ordinal) && p.Value.Contains("ทุจริต", StringComparison.Ordinal)).Select(p => p.Key).ToList();
        Assert.True(expected.Count >= 3, $"only {expected.Count} example items hold both words");
        var found = await page.EvaluateAsync<string[]>("q => ItaSearch.understand(ItaSearch.index, q).results.map(r => r.doc.u)", "ร้องเรียนทุจริต");
        Assert.Empty(expected.Except(found));

        // "Close together" (both words within a short stretch) ranks before "somewhere on the page".
        var close = texts.Select(t => Near(t, "ร้องเรียน", "ทุจริต", 40)).ToList();
        var firstFar = close.IndexOf(false);
        Assert.True(firstFar < 0 || close.Skip(firstFar).All(c => !c), "a page with the words close together is listed after one without");
        Assert.True(close[0]);
    }

    [Fact]
    public async Task Without_Intl_Segmenter_the_fallback_still_finds_the_words()
    {
        var page = await site.NewPageAsync();
        await page.AddInitScriptAsync("delete Intl.Segmenter;");
        await page.GotoAsync(site.BaseUrl + "search/?q=" + Uri.EscapeDataString("สถิติร้องเรียน"));
        await page.WaitForSelectorAsync("body[data-search-ready=true]");
        Assert.False(await page.EvaluateAsync<bool>("() => 'Segmenter' in Intl"));
        Assert.Equal("words", await RuleAsync(page));
        Assert.Equal("ไม่พบวลีนี้ แสดงหน้าที่มีทุกคำ: สถิติ · ร้องเรียน", (await StatusAsync(page)).Split(" (")[0]);
        Assert.Contains("/ita/oit/2566/o29/", await page.Locator("#search-results a.search-result__link").EvaluateAllAsync<string[]>("as => as.map(a => new URL(a.href).pathname)"));
    }

    [Fact]
    public async Task When_no_page_has_every_word_pages_with_most_of_them_are_listed_and_the_page_says_so()
    {
        const string Query = "ร้องเรียนทุจริตแซนด์วิช"; // a sandwich is on no page of an อบต.
        var page = await SearchAsync(Query);
        Assert.Equal("most", await RuleAsync(page));
        Assert.StartsWith("ไม่พบหน้าที่มีครบทุกคำ แสดงหน้าที่มีคำส่วนใหญ่: ร้องเรียน · ทุจริต · แซนด์วิช", await StatusAsync(page), StringComparison.Ordinal);
        var texts = await ResultTextsAsync(page, Query);
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.True(t.Contains("ร้องเรียน", StringComparison.Ordinal) && t.Contains("ทุจริต", StringComparison.Ordinal)));
        await site.ScreenshotAsync(page, "search-most-words");
    }

    [Theory]
    [InlineData("รองเรียน", "ร้องเรียน")]
    [InlineData("จัดซื้อจัดจาง", "จัดซื้อจัดจ้าง")]
    [InlineData("ความเสียง", "ความเสี่ยง")]
    [InlineData("ทุจรีต", "ทุจริต")]
    [InlineData("รองเรียนทุจริต", "ร้องเรียนทุจริต")]
    public async Task A_typing_slip_is_corrected_to_text_of_the_index_shown_as_a_link_and_never_mixed_in(string typed, string meant)
    {
        var page = await SearchAsync(typed);
        Assert.Equal("fixed", await RuleAsync(page));
        var link = page.Locator("#search-suggestion a");
        Assert.Equal("หมายถึง " + meant + " ใช่ไหม", await page.Locator("#search-suggestion").InnerTextAsync());
        var status = await StatusAsync(page);
        Assert.StartsWith("ไม่พบ “" + typed + "” แสดง", status, StringComparison.Ordinal);
        Assert.Contains("“" + meant + "”", status, StringComparison.Ordinal);

        // The results are exactly those of the corrected query, which is text some page holds; nothing of the typed query.
        var shown = await page.EvaluateAsync<string[]>("q => ItaSearch.understand(ItaSearch.index, q).results.map(r => r.doc.u)", typed);
        var corrected = await page.EvaluateAsync<string[]>("q => ItaSearch.understand(ItaSearch.index, q).results.map(r => r.doc.u)", meant);
        Assert.Equal(corrected, shown);
        if (typed == "รองเรียน")
        {
            await site.ScreenshotAsync(page, "search-typo");
            var phone = await SearchAsync(typed, width: 375);
            await site.ScreenshotAsync(phone, "search-typo-375");
        }

        await link.ClickAsync();
        await page.WaitForSelectorAsync("body[data-search-ready=true]");
        Assert.Equal(meant, await page.InputValueAsync("#search-q"));
        Assert.NotEqual("fixed", await RuleAsync(page));
    }

    [Fact]
    public async Task Nothing_close_to_the_query_says_not_found_without_a_suggestion()
    {
        var page = await SearchAsync("แซนด์วิช");
        Assert.Equal("none", await RuleAsync(page));
        Assert.Equal("ไม่พบหน้าที่มีคำว่า “แซนด์วิช”", await StatusAsync(page));
        Assert.True(await page.Locator("#search-suggestion").IsHiddenAsync());
        Assert.True(await page.Locator("#search-filters").IsHiddenAsync());
        Assert.Equal(0, await page.Locator("#search-results li").CountAsync());
    }

    [Fact]
    public async Task Everything_an_item_page_shows_in_its_tables_finds_that_page_including_the_O42_and_O43_measures_tables()
    {
        var page = await SearchAsync(string.Empty);
        var misses = await page.EvaluateAsync<string[]>("""
            async () => {
              const misses = [];
              let checkedCells = 0, measureCells = 0;
              for (let n = 1; n <= 43; n++) {
                const path = `oit/2566/o${n}/`;
                const response = await fetch(document.body.dataset.root + path);
                if (!response.ok) continue;
                const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
                // What a reader gets: decorations hidden from assistive technology (the ☐/☑ ticks) repeat the status text.
                doc.querySelectorAll('[aria-hidden=true]').forEach(e => e.remove());
                const cells = [...doc.querySelectorAll('article table td, article table th[scope=row]')]
                  .map(c => ItaSearch.clean(c.textContent)).filter(t => ItaSearch.fold(t).length >= 6);
                for (const cell of cells.slice(0, 40)) {
                  checkedCells++;
                  if (n >= 42) measureCells++;
                  const found = ItaSearch.search(ItaSearch.index, cell).some(r => r.doc.u === path && r.doc.k === 'item');
                  if (!found) misses.push(path + ': ' + cell.slice(0, 60));
                }
              }
              return [String(checkedCells), String(measureCells), ...misses];
            }
            """);
        Assert.True(int.Parse(misses[0]) > 100, $"only {misses[0]} table cells checked");
        Assert.True(int.Parse(misses[1]) > 10, $"only {misses[1]} cells of the O42/O43 measures tables checked");
        Assert.True(misses.Length == 2, string.Join("\n", misses.Skip(2)));
    }

    [Fact]
    public async Task Kind_and_year_filters_show_counts_narrow_the_list_and_stay_in_the_address()
    {
        var page = await SearchAsync("ร้องเรียน");
        var total = await page.EvaluateAsync<int>("() => ItaSearch.understand(ItaSearch.index, 'ร้องเรียน').results.length");
        var kinds = await page.EvaluateAsync<Dictionary<string, int>>("() => { const c = {}; ItaSearch.understand(ItaSearch.index, 'ร้องเรียน').results.forEach(r => c[r.doc.k] = (c[r.doc.k] || 0) + 1); return c; }");
        Assert.True(kinds.Count >= 3, string.Join(", ", kinds.Keys));
        var kindGroup = page.GetByRole(AriaRole.Group, new() { Name = "ประเภท" });
        Assert.Equal($"ทุกประเภท ({total})", (await kindGroup.GetByRole(AriaRole.Radio, new() { Name = "ทุกประเภท" }).Locator("..").InnerTextAsync()).Trim());
        Assert.Equal($"มาตรการ ({kinds["measure"]})", (await kindGroup.GetByRole(AriaRole.Radio, new() { Name = "มาตรการ", Exact = false }).Locator("..").InnerTextAsync()).Trim());
        Assert.Equal($"ตารางข้อมูล ({kinds["data"]})", (await kindGroup.GetByRole(AriaRole.Radio, new() { Name = "ตารางข้อมูล", Exact = false }).Locator("..").InnerTextAsync()).Trim());
        await site.ScreenshotAsync(page, "search-filters");

        // By keyboard: the kind group's radios, arrow keys move between them.
        await kindGroup.GetByRole(AriaRole.Radio, new() { Name = "ทุกประเภท", Exact = false }).FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        var firstKind = await page.EvaluateAsync<string>("() => document.activeElement.value");
        Assert.Equal(firstKind, new Uri(page.Url).Query.Split('&').Single(p => p.StartsWith("k=", StringComparison.Ordinal))[2..]);
        await kindGroup.GetByRole(AriaRole.Radio, new() { Name = "มาตรการ", Exact = false }).CheckAsync();
        Assert.Contains("k=measure", page.Url, StringComparison.Ordinal);
        var listed = await page.Locator("#search-results li").EvaluateAllAsync<string[]>("lis => lis.map(li => li.dataset.kind)");
        Assert.Equal(kinds["measure"], listed.Length);
        Assert.All(listed, k => Assert.Equal("measure", k));
        Assert.Matches($"^พบ {kinds["measure"]} หน้า", await StatusAsync(page));

        // The year filter counts what the kind filter leaves; a plain page has no year and is left out by any year.
        var yearGroup = page.GetByRole(AriaRole.Group, new() { Name = "ปีงบประมาณ" });
        await yearGroup.GetByRole(AriaRole.Radio, new() { Name = "พ.ศ. 2566", Exact = false }).CheckAsync();
        Assert.Contains("y=2566", page.Url, StringComparison.Ordinal);
        Assert.All(await page.Locator("#search-results li").EvaluateAllAsync<string[]>("lis => lis.map(li => li.dataset.year)"), y => Assert.Equal("2566", y));

        // Reloading the shared address gives the same filtered list.
        var again = await site.NewPageAsync();
        await again.GotoAsync(page.Url);
        await again.WaitForSelectorAsync("body[data-search-ready=true]");
        Assert.Equal(kinds["measure"], await again.Locator("#search-results li").CountAsync());
        Assert.True(await again.GetByRole(AriaRole.Radio, new() { Name = "มาตรการ", Exact = false }).IsCheckedAsync());

        await kindGroup.GetByRole(AriaRole.Radio, new() { Name = "ทุกประเภท", Exact = false }).CheckAsync();
        await yearGroup.GetByRole(AriaRole.Radio, new() { Name = "ทุกปี", Exact = false }).CheckAsync();
        Assert.Equal(Math.Min(total, 50), await page.Locator("#search-results li").CountAsync());
    }

    [Theory]
    [InlineData("ร้องเรียน", 1280)]
    [InlineData("ร้องเรียน", 375)]
    [InlineData("รองเรียนทุจริต", 1280)]
    [InlineData("รองเรียนทุจริต", 375)]
    public async Task Results_with_filters_and_a_suggestion_have_no_axe_violations_and_no_sideways_scroll(string query, int width)
    {
        var page = await SearchAsync(query, width: width);
        Assert.True(await page.Locator("#search-filters").IsVisibleAsync());
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} {string.Join(" ", v.Nodes.Take(3).Select(n => n.Html))}")));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the results page scrolls sideways");
        if (width == 375 && query == "ร้องเรียน")
        {
            await site.ScreenshotAsync(page, "search-filters-375");
        }
    }

    private static bool Near(string text, string a, string b, int gap)
    {
        for (var i = text.IndexOf(a, StringComparison.Ordinal); i >= 0; i = text.IndexOf(a, i + 1, StringComparison.Ordinal))
        {
            var from = Math.Max(0, i - gap - b.Length);
            var j = text.IndexOf(b, from, StringComparison.Ordinal);
            if (j >= 0 && j <= i + a.Length + gap)
            {
                return true;
            }
        }

        return false;
    }
}
