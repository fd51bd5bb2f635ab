using Microsoft.Playwright;

namespace ItaSite.BrowserTests;

/// <summary>The site stands alone: every request stays on its own origin, and the CSP meta tag is there and not violated.</summary>
[Collection(BrowserCollection.Name)]
public sealed class IsolationTests(BrowserFixture site)
{
    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task Page_requests_nothing_from_another_origin_and_breaks_no_csp_rule(string path, string name)
    {
        var page = await site.NewPageAsync();
        var requests = new List<string>();
        var errors = new List<string>();
        var failed = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        page.Response += (_, r) =>
        {
            if (r.Status >= 400 && !(name == "not-found" && r.Request.ResourceType == "document"))
            {
                failed.Add($"{r.Status} {r.Url}");
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        // Chromium asks for the icon on its own schedule, sometimes after the network is idle on a loaded machine: wait for it.
        var favicon = page.WaitForRequestAsync(r => r.Url.EndsWith("/assets/favicon.svg", StringComparison.Ordinal), new PageWaitForRequestOptions { Timeout = 15_000 });
        var response = await page.GotoAsync(site.BaseUrl + path + "?q=ร้องเรียน", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await favicon;
        Assert.Equal(name == "not-found" ? 404 : 200, response!.Status);

        // Includes the icon: without a linked one, browsers ask the host root for /favicon.ico, outside a sub-path site.
        Assert.True(failed.Count == 0, $"{name}: failed requests:\n{string.Join("\n", failed)}");
        Assert.Contains(requests, r => r.EndsWith("/assets/favicon.svg", StringComparison.Ordinal));
        var origin = new Uri(site.BaseUrl).GetLeftPart(UriPartial.Authority);
        Assert.Contains(requests, r => r.EndsWith("/assets/site.css", StringComparison.Ordinal));
        Assert.All(requests, r => Assert.True(r.StartsWith(origin + "/", StringComparison.Ordinal), $"{name} requested {r}"));

        var csp = await page.GetAttributeAsync("meta[http-equiv=Content-Security-Policy]", "content");
        Assert.NotNull(csp);
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);

        // The 404 document itself logs "Failed to load resource ... 404"; anything else (a CSP violation, a script error) fails.
        var unexpected = errors.Where(e => !(name == "not-found" && e.Contains("404", StringComparison.Ordinal))).ToList();
        Assert.True(unexpected.Count == 0, $"{name}: console errors:\n{string.Join("\n", unexpected)}");
    }
}
