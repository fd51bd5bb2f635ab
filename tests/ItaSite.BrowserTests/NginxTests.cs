using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ItaSite.BrowserTests;

/// <summary>
/// The example site served by a real nginx with the recipe of <c>deploy/nginx/</c>, under <c>/ita/</c>: pages, the site's 404,
/// the security headers (the CSP header matching the pages' meta CSP), types and caching, and search, in Chromium.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class NginxTests(BrowserFixture browser, NginxFixture nginx) : IClassFixture<NginxFixture>
{
    private static readonly HttpClient Http = new(new HttpClientHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None });

    private async Task<IPage> PageAsync()
    {
        nginx.RequireNginx();
        return await browser.NewPageAsync();
    }

    private async Task<HttpResponseMessage> GetAsync(string path)
    {
        nginx.RequireNginx();
        return await Http.GetAsync(nginx.BaseUrl + path, TestContext.Current.CancellationToken);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : string.Empty;

    [Fact]
    public async Task Pages_are_served_under_the_sub_path_and_their_links_work()
    {
        var page = await PageAsync();
        var home = await page.GotoAsync(nginx.BaseUrl);
        Assert.Equal(200, home!.Status);
        Assert.Equal("text/html; charset=utf-8", home.Headers["content-type"]);
        Assert.Contains("องค์การบริหารส่วนตำบลตัวอย่าง", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.styleSheets].some(s => s.href.endsWith('/ita/assets/site.css') && s.cssRules.length > 0)"));
        await page.Locator("a[href$='oit/2566/']").First.ClickAsync();
        Assert.EndsWith("/ita/oit/2566/", page.Url, StringComparison.Ordinal);
        await page.Locator("a[href$='o28/']").First.ClickAsync();
        Assert.EndsWith("/ita/oit/2566/o28/", page.Url, StringComparison.Ordinal);
        Assert.Contains("O28", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await browser.ScreenshotAsync(page, "nginx-o28");

        var bare = await Http.GetAsync(nginx.BaseUrl.TrimEnd('/'), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MovedPermanently, bare.StatusCode);
        Assert.EndsWith("/ita/", bare.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no/such/page/")]
    [InlineData("oit/2566/o99/")]
    [InlineData("assets/missing.css")]
    public async Task A_missing_url_gets_the_sites_own_404_page_with_its_styles(string path)
    {
        var page = await PageAsync();
        var response = await page.GotoAsync(nginx.BaseUrl + path);
        Assert.Equal(404, response!.Status);
        var expected = File.ReadAllText(Path.Combine(nginx.OutputDir, "404.html"));
        Assert.Equal(H1().Match(expected).Groups[1].Value.Trim(), (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.styleSheets].some(s => s.href.endsWith('/ita/assets/site.css') && s.cssRules.length > 0)"));
        Assert.Equal("nosniff", response.Headers["x-content-type-options"]);
        await page.Locator("a.brand").ClickAsync();
        Assert.Equal(nginx.BaseUrl, page.Url);
    }

    [Fact]
    public async Task The_output_marker_and_other_dot_files_are_not_served()
    {
        Assert.True(File.Exists(Path.Combine(nginx.OutputDir, ".itasite-output")));
        var response = await GetAsync(".itasite-output");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("oit/2566/o12/")]
    [InlineData("assets/site.css")]
    [InlineData("oit/2566/files/o12-report-6m-2566.pdf")]
    [InlineData("search/index.json.gz")]
    [InlineData("no/such/page/")]
    public async Task Every_response_carries_the_security_headers_and_the_csp_of_the_pages(string path)
    {
        var response = await GetAsync(path);
        var home = await (await GetAsync(string.Empty)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var meta = WebUtility.HtmlDecode(MetaCsp().Match(home).Groups[1].Value);
        Assert.NotEmpty(meta);
        Assert.Equal(meta + "; frame-ancestors 'self'", Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("SAMEORIGIN", Header(response, "X-Frame-Options"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.DoesNotContain("nginx/", Header(response, "Server"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "text/html; charset=utf-8", "no-cache")]
    [InlineData("assets/site.css", "text/css; charset=utf-8", "public, max-age=3600")]
    [InlineData("assets/search.js", "application/javascript; charset=utf-8", "public, max-age=3600")]
    // the search modules search.js imports: a module with any other type is refused by the browser
    [InlineData("assets/search-page.js", "application/javascript; charset=utf-8", "public, max-age=3600")]
    [InlineData("assets/search-thai.js", "application/javascript; charset=utf-8", "public, max-age=3600")]
    [InlineData("search/index.json.gz", "application/gzip", "no-cache")]
    [InlineData("search/text.bin.gz", "application/gzip", "no-cache")]
    [InlineData("oit/2566/files/o12-report-6m-2566.pdf", "application/pdf", "public, max-age=86400")]
    [InlineData("data/complaints-2566.csv", "text/csv; charset=utf-8", "public, max-age=3600")]
    [InlineData("data/complaints-2566.json", "application/json; charset=utf-8", "public, max-age=86400")]
    [InlineData("feed.xml", "application/atom+xml; charset=utf-8", "no-cache")]
    [InlineData("sitemap.xml", "text/xml; charset=utf-8", "no-cache")]
    [InlineData("robots.txt", "text/plain; charset=utf-8", "no-cache")]
    public async Task Types_encodings_and_caching_fit_each_kind_of_file(string path, string type, string cache)
    {
        var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, Header(response, "Content-Type"));
        Assert.Equal(cache, Header(response, "Cache-Control"));
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(File.ReadAllBytes(Path.Combine(nginx.OutputDir, path.Length == 0 ? "index.html" : path)), bytes);
        if (path.EndsWith(".gz", StringComparison.Ordinal))
        {
            Assert.Empty(Header(response, "Content-Encoding"));
        }
    }

    [Fact]
    public async Task Search_works_through_nginx_with_the_csp_header_and_no_violations()
    {
        var page = await PageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        await page.GotoAsync(nginx.BaseUrl + "oit/2566/o17/");
        await page.FillAsync("#site-search-q", "ร้องเรียน");
        await page.PressAsync("#site-search-q", "Enter");
        await page.WaitForSelectorAsync("body[data-search-ready]");
        Assert.Equal("true", await page.GetAttributeAsync("body", "data-search-ready"));
        var paths = await page.Locator("#search-results a.search-result__link").EvaluateAllAsync<string[]>("as => as.map(a => new URL(a.href).pathname)");
        Assert.Contains("/ita/oit/2566/o28/", paths);
        Assert.All(paths, p => Assert.StartsWith("/ita/", p, StringComparison.Ordinal));
        await browser.ScreenshotAsync(page, "nginx-search");
        Assert.Empty(violations);
    }

    [GeneratedRegex("<h1[^>]*>([^<]*)</h1>")]
    private static partial Regex H1();

    [GeneratedRegex("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"")]
    private static partial Regex MetaCsp();
}
