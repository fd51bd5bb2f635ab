using System.Diagnostics;
using Microsoft.Playwright;

namespace ItaSite.BrowserTests;

/// <summary>
/// Phones (the item's title in the first screen, menus folded without JavaScript), paper (who, what, where and when on every
/// printed page) and the 11-column สขร.1 table of O21 2566 on a desktop, a phone and paper.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneAndPaperTests(BrowserFixture site)
{
    private const string Agency = "องค์การบริหารส่วนตำบลตัวอย่าง";
    private const string WideTable = "#table-procurement-2566";

    [Theory]
    [InlineData("oit/2566/o21/")]
    [InlineData("oit/2566/o28/")]
    [InlineData("measures/2566/1/")]
    public async Task Title_is_in_the_first_360px_of_a_375x740_phone_with_menu_and_complaints_folded(string path)
    {
        var page = await site.NewPageAsync(375, 740);
        await page.GotoAsync(site.BaseUrl + path);
        var top = await page.EvaluateAsync<double>("document.querySelector('main h1').getBoundingClientRect().top");
        await site.ScreenshotAsync(page, "phone-" + path.Replace('/', '-').Trim('-'));
        Assert.True(top + 40 <= 360, $"the title starts at {top:0} px");
        Assert.False(await page.Locator(".main-nav ul a").First.IsVisibleAsync(), "menu folded");
        Assert.False(await page.Locator(".complaint-bar ul").IsVisibleAsync(), "complaint strip folded");
        Assert.Contains("ทุจริต", await page.Locator(".complaint-bar summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"));

        await page.Locator(".main-nav summary").ClickAsync();
        Assert.True(await page.Locator(".main-nav ul a").First.IsVisibleAsync(), "the menu opens from its summary");
        await page.Locator(".complaint-bar summary").ClickAsync();
        Assert.True(await page.Locator(".complaint-bar [data-channel=anti-corruption]").IsVisibleAsync());
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), "opened menus stay within the screen");
    }

    [Fact]
    public async Task Phones_fold_without_javascript_and_desktops_show_everything()
    {
        var browser = site.Browser ?? throw new InvalidOperationException();
        await using var phone = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 740 }, JavaScriptEnabled = false });
        var page = await phone.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "oit/2566/o21/");
        await page.Locator(".main-nav summary").ClickAsync();
        Assert.True(await page.Locator(".main-nav ul a").First.IsVisibleAsync(), "details opens without JavaScript");

        var desktop = await site.NewPageAsync(1280, 900);
        await desktop.GotoAsync(site.BaseUrl + "oit/2566/o21/");
        Assert.False(await desktop.Locator(".main-nav summary").IsVisibleAsync());
        Assert.True(await desktop.Locator(".main-nav ul a").First.IsVisibleAsync());
        Assert.True(await desktop.Locator(".complaint-bar [data-channel=anti-corruption]").IsVisibleAsync());
        Assert.True(await desktop.Locator("#site-search-q").IsVisibleAsync());
    }

    [Fact]
    public async Task Wide_table_fits_a_1280px_desktop_without_sideways_scrolling()
    {
        var page = await site.NewPageAsync(1280, 900);
        await page.GotoAsync(site.BaseUrl + "oit/2566/o21/");
        var fit = await page.EvaluateAsync<double[]>(
            $"(() => {{ const t = document.querySelector('{WideTable}'), w = t.closest('.table-wrap');" +
            " return [t.querySelectorAll('thead th').length, w.scrollWidth - w.clientWidth, Math.max(...[...t.querySelectorAll('thead th')].map(th => th.getBoundingClientRect().right)), document.documentElement.clientWidth]; })()");
        await page.Locator(WideTable).ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsDir, "wide-table-1280.png") });
        Assert.True(fit[0] >= 11, $"{fit[0]} columns");
        Assert.True(fit[1] <= 1, $"the table scrolls {fit[1]} px sideways");
        Assert.True(fit[2] <= fit[3], $"the last column ends at {fit[2]} px of {fit[3]}");
    }

    [Fact]
    public async Task Wide_table_rows_are_labelled_cards_on_a_phone()
    {
        var page = await site.NewPageAsync(375, 740);
        await page.GotoAsync(site.BaseUrl + "oit/2566/o21/");
        var card = await page.EvaluateAsync<string[]>(
            $"(() => {{ const row = document.querySelector('{WideTable} tbody tr'), cells = [...row.querySelectorAll('td')];" +
            " return [getComputedStyle(row).display, ...cells.map(td => getComputedStyle(td, '::before').content.replace(/^\"|\"$/g, '') + '=' + (td.getBoundingClientRect().right <= document.documentElement.clientWidth))]; })()");
        var headers = await page.EvaluateAsync<string[]>($"[...document.querySelectorAll('{WideTable} thead th')].slice(1).map(th => th.textContent.trim())");
        await page.Locator(WideTable).ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsDir, "wide-table-375.png") });
        Assert.Equal("block", card[0]);
        Assert.Equal(headers.Select(h => h + "=true"), card.Skip(1));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
    }

    [Fact]
    public async Task Wide_table_prints_landscape_with_every_column_and_every_page_names_agency_title_url_and_date()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "oit/2566/o21/");
        var canonical = await page.GetAttributeAsync("link[rel=canonical]", "href");
        var headers = await page.EvaluateAsync<string[]>($"[...document.querySelectorAll('{WideTable} thead th')].map(th => th.textContent.replace(/\\s/g, ''))");
        Directory.CreateDirectory(BrowserFixture.ArtifactsDir);
        var pdf = Path.Combine(BrowserFixture.ArtifactsDir, "wide-table-print.pdf");
        await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", PreferCSSPageSize = true });

        var (pages, width, height) = PdfPages(pdf);
        Assert.True(pages >= 2, $"{pages} printed page(s)");
        Assert.True(width > height, $"page is {width}x{height} pt: the สขร.1 page prints landscape");
        var all = Flat(PrintTests.PdfText(pdf));
        var missing = headers.Where(h => !all.Contains(h, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "columns cut from the printout: " + string.Join(", ", missing));
        for (var n = 1; n <= pages; n++)
        {
            var text = Flat(PrintTests.PdfText(pdf, n));
            Assert.True(text.Contains(Agency, StringComparison.Ordinal), $"page {n} has no agency name");
            Assert.True(text.Contains("O21", StringComparison.Ordinal), $"page {n} has no page title");
            Assert.True(text.Contains(canonical!, StringComparison.Ordinal), $"page {n} has no URL {canonical}");
            Assert.True(text.Contains("พิมพ์เมื่อ", StringComparison.Ordinal), $"page {n} has no print date");
        }
    }

    [Fact]
    public async Task Narrow_page_prints_portrait_with_the_print_header()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "oit/2566/o28/");
        var pdf = Path.Combine(BrowserFixture.ArtifactsDir, "item-o28-print.pdf");
        Directory.CreateDirectory(BrowserFixture.ArtifactsDir);
        await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", PreferCSSPageSize = true });
        var (_, width, height) = PdfPages(pdf);
        Assert.True(height > width, "an ordinary page stays portrait");
        var text = Flat(PrintTests.PdfText(pdf, 1));
        Assert.Contains(Agency, text, StringComparison.Ordinal);
        Assert.Contains("https://www.tuayang.go.th/ita/oit/2566/o28/", text, StringComparison.Ordinal);
    }

    private static string Flat(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c))]);

    private static (int Pages, double Width, double Height) PdfPages(string pdf)
    {
        ProcessStartInfo start = new("pdfinfo", [pdf]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var lines = process.StandardOutput.ReadToEnd().Split('\n');
        process.WaitForExit();
        var pages = int.Parse(lines.First(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var size = lines.First(l => l.StartsWith("Page size:", StringComparison.Ordinal))[10..].Trim().Split(' ');
        return (pages, double.Parse(size[0], System.Globalization.CultureInfo.InvariantCulture), double.Parse(size[2], System.Globalization.CultureInfo.InvariantCulture));
    }
}
