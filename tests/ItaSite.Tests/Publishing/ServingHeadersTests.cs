using ItaSite.Generator.Publishing;
using ItaSite.Generator.Sanitizing;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Publishing;

/// <summary>The headers docs/security.md tells hosts to send match what the pages say about themselves.</summary>
public class ServingHeadersTests
{
    [Fact]
    public async Task The_header_policy_is_the_pages_meta_policy_plus_frame_ancestors()
    {
        using var site = TestSite.WithBasics();
        site.Write("site.yaml", TestSite.MinimalSiteYaml + "\nhtml:\n  policy: standard\n  iframe_hosts: [www.youtube-nocookie.com]\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var policy = result.Site!.Config.Html;
        foreach (var page in new[] { "index.html", "qa/index.html", "oit/2566/o1/index.html", "404.html" })
        {
            var meta = site.Html(page).QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content");
            Assert.Equal(ServingHeaders.MetaCsp(policy), meta);
        }

        Assert.Contains("frame-src https://www.youtube-nocookie.com", ServingHeaders.PageCsp(policy), StringComparison.Ordinal);
        Assert.EndsWith("; frame-ancestors 'self'", ServingHeaders.PageCsp(policy), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("oit/2566/files/chart.svg", ServingHeaders.SvgCsp, null)]
    [InlineData("oit/2566/files/report.pdf", ServingHeaders.FileCsp, null)]
    [InlineData("oit/2566/files/plan.docx", ServingHeaders.FileCsp, "attachment")]
    [InlineData("data/complaints.csv", ServingHeaders.FileCsp, null)]
    public void Files_get_nosniff_a_strict_policy_and_a_disposition_where_wanted(string path, string csp, string? disposition)
    {
        var headers = ServingHeaders.For(path, HtmlPolicy.Standard).ToDictionary(h => h.Name, h => h.Value);
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Equal(csp, headers["Content-Security-Policy"]);
        Assert.Equal(disposition, headers.GetValueOrDefault("Content-Disposition"));
    }
}
