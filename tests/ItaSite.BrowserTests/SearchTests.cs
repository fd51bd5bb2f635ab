using ItaSite.Generator.Search;
using Microsoft.Playwright;

namespace ItaSite.BrowserTests;

/// <summary>The search page of the example site, served under /ita/, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserFixture site)
{
    // Words citizens and assessors type, one or several Thai words, with digits and with spaces.
    private static readonly string[] Queries =
    [
        "ร้องเรียน", "ทุจริต", "จัดซื้อจัดจ้าง", "จัดซื้อ", "ซื้อ", "ซื่อ", "รอบ 6 เดือน", "งบประมาณ", "แผนการดำเนินงาน",
        "คู่มือ", "ผู้บริหาร", "ความพึงพอใจ", "ประพฤติมิชอบ", "ผลประโยชน์ทับซ้อน", "สินบน", "ความเสี่ยง", "ข้อมูลเชิงสถิติ",
        "การมีส่วนร่วม", "ประจำปี", "บุคลากร", "สำนักปลัด", "กองคลัง", "เจตจำนงสุจริต", "E-Service", "รายงานผล",
        // only in tables of data files (::data[...]): a contractor, a procurement method, a service, an executive
        "ปั๊มน้ำมันทองดี", "เฉพาะเจาะจง", "ชำระภาษีที่ดิน", "ใจดีงาม",
    ];

    private async Task<IPage> SearchAsync(string query)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "search/?q=" + Uri.EscapeDataString(query));
        await page.WaitForSelectorAsync("body[data-search-ready]");
        Assert.Equal("true", await page.GetAttributeAsync("body", "data-search-ready"));
        return page;
    }

    private static async Task<List<string>> ResultPathsAsync(IPage page) =>
        [.. (await page.Locator("#search-results a.search-result__link").EvaluateAllAsync<string[]>("as => as.map(a => new URL(a.href).pathname)"))];

    [Fact]
    public async Task Complaint_query_lists_O27_O28_O29_first_with_highlighted_snippets()
    {
        var page = await SearchAsync("ร้องเรียน");
        var codes = await page.Locator("#search-results li").EvaluateAllAsync<string?[]>("lis => lis.map(li => li.dataset.code || null)");
        Assert.Equal(["O27", "O28", "O29"], codes.Take(3));
        Assert.Equal(["/ita/oit/2566/o27/", "/ita/oit/2566/o28/", "/ita/oit/2566/o29/"], (await ResultPathsAsync(page)).Take(3));
        Assert.Equal("ร้องเรียน", await page.Locator("#search-results li").First.Locator("mark").First.InnerTextAsync());
        Assert.Contains("ร้องเรียน", await page.InputValueAsync("#search-q"), StringComparison.Ordinal);
        Assert.Matches("^พบ [0-9]+ หน้า", await page.Locator("#search-status").InnerTextAsync());
        await site.ScreenshotAsync(page, "search-complaints");

        await page.Locator("#search-results a.search-result__link").Nth(1).ClickAsync();
        Assert.EndsWith("/ita/oit/2566/o28/", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_item_page_containing_a_query_is_found()
    {
        var page = await SearchAsync("O1");
        // Ground truth from the published pages themselves: the item title, components, body and attachment titles as shown.
        var texts = await page.EvaluateAsync<Dictionary<string, string>>("""
            async () => {
              const out = {};
              for (let n = 1; n <= 43; n++) {
                const path = `oit/2566/o${n}/`;
                const html = await (await fetch(document.body.dataset.root + path)).text();
                const doc = new DOMParser().parseFromString(html, 'text/html');
                // Tables from data files (::data[...]) count; a chart's drawing only repeats its table's figures.
                doc.querySelectorAll('.chart svg').forEach(e => e.remove());
                out[new URL(path, new URL(document.body.dataset.root, location.href)).pathname] =
                  [...doc.querySelectorAll('article h1, .checklist__text, .prose, .attachments li a')].map(e => e.textContent).join('\n');
              }
              return out;
            }
            """);
        Assert.Equal(43, texts.Count);
        var checkedQueries = 0;
        foreach (var query in Queries)
        {
            var expected = texts.Where(t => Collapse(t.Value).Contains(query, StringComparison.Ordinal)).Select(t => t.Key).ToList();
            checkedQueries += expected.Count > 0 ? 1 : 0;
            var found = await page.EvaluateAsync<string[]>(
                "q => ItaSearch.search(ItaSearch.index, q).map(r => new URL(document.body.dataset.root + r.doc.u, location.href).pathname)", query);
            var missing = expected.Except(found).ToList();
            Assert.True(missing.Count == 0, $"'{query}': {missing.Count} of {expected.Count} item pages not found: {string.Join(", ", missing)}");
        }

        Assert.True(checkedQueries >= Queries.Length - 2, $"only {checkedQueries} queries occur in the example items");
    }

    [Fact]
    public async Task Tone_marks_count_ซื้อ_does_not_find_ซื่อ()
    {
        var page = await SearchAsync("ซื่อ");
        var honest = await page.EvaluateAsync<string[]>("() => ItaSearch.search(ItaSearch.index, 'ซื่อ').map(r => r.doc.x)");
        var buy = await page.EvaluateAsync<string[]>("() => ItaSearch.search(ItaSearch.index, 'ซื้อ').map(r => r.doc.x)");
        Assert.NotEmpty(honest);
        Assert.NotEmpty(buy);
        Assert.All(honest, text => Assert.Contains("ซื่อ", text, StringComparison.Ordinal));
        Assert.All(buy, text => Assert.Contains("ซื้อ", text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_number_between_words_stays_with_them()
    {
        var page = await SearchAsync("รอบ 6 เดือน");
        var texts = await page.EvaluateAsync<string[]>("() => ItaSearch.search(ItaSearch.index, 'รอบ 6 เดือน').map(r => ItaSearch.fold(r.doc.x))");
        Assert.NotEmpty(texts);
        Assert.All(texts, text => Assert.Contains("รอบ6เดือน", text, StringComparison.Ordinal));
        Assert.Equal(texts.Length, await page.Locator("#search-results li").CountAsync());
    }

    [Fact]
    public async Task A_contractor_named_only_in_the_O21_procurement_table_is_found_with_a_highlighted_snippet()
    {
        var page = await SearchAsync("ปั๊มน้ำมันทองดี");
        // The O21 page, then the procurement table's own entry (kind data), which links to the page that shows it.
        Assert.Equal(["/ita/oit/2566/o21/", "/ita/oit/2566/o21/"], await ResultPathsAsync(page));
        Assert.Equal(["item", "data"], await page.Locator("#search-results li").EvaluateAllAsync<string[]>("lis => lis.map(li => li.dataset.kind)"));
        Assert.Equal("ปั๊มน้ำมันทองดี", await page.Locator("#search-results li").First.Locator("mark").First.InnerTextAsync());
    }

    [Theory]
    [InlineData("รอบ ๖ เดือน")]
    [InlineData("“จัดซื้อ” – café × ½ 日本")]
    [InlineData("ด\u0E4D\u0E32เนินการ")]
    [InlineData("ทุ\u200Bจริต  ร้อง เรียน")]
    [InlineData("ท\u0E48\u0E35ผ\u0E49\u0E39  E-Service O28")]
    [InlineData("\uFEFFน\u0E4D\u0E49\u0E32\u00A0ประปา")]
    public async Task Browser_folds_text_exactly_as_the_generator_does(string text)
    {
        var page = await SearchAsync(string.Empty);
        Assert.Equal(SearchNormalizer.Clean(text), await page.EvaluateAsync<string>("t => ItaSearch.clean(t)", text));
        Assert.Equal(SearchNormalizer.Fold(text), await page.EvaluateAsync<string>("t => ItaSearch.fold(t)", text));
        var encoded = await page.EvaluateAsync<int[]>("t => Array.from(ItaSearch.encode(ItaSearch.fold(t)), c => c.charCodeAt(0))", text);
        Assert.Equal(SearchTextEncoding.Encode(SearchNormalizer.Fold(text)).Select(b => (int)b), encoded);
    }

    [Fact]
    public async Task Header_search_box_on_an_item_page_leads_to_results_under_the_sub_path()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "oit/2566/o17/");
        await page.FillAsync("#site-search-q", "จัดซื้อจัดจ้าง");
        await page.PressAsync("#site-search-q", "Enter");
        await page.WaitForSelectorAsync("body[data-search-ready=true]");
        Assert.StartsWith(site.BaseUrl + "search/?q=", page.Url, StringComparison.Ordinal);
        var paths = await ResultPathsAsync(page);
        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.StartsWith("/ita/", p, StringComparison.Ordinal));
        Assert.Contains("/ita/oit/2566/o21/", paths);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
