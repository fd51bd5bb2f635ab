using ItaSite.Tests.Support;

namespace ItaSite.Tests.Brand;

/// <summary>theme: in site.yaml — the site's own CSS file and header/footer/home-intro partials, under the content policies.</summary>
public sealed class ThemeOverrideTests
{
    private static TestSite Site()
    {
        var site = TestSite.WithBasics();
        site.Write("site.yaml", TestSite.MinimalSiteYaml + "\ntheme:\n  css: theme/site.css\n  header: theme/header.md\n  footer: theme/footer.md\n  home_intro: theme/intro.md\n");
        site.Write("theme/site.css", ".site-header { border-bottom: 4px solid gold; }\n");
        site.WriteBytes("theme/banner.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]); // the file policy reads the signature
        site.Write("theme/header.md", "**ศูนย์ข้อมูลของเรา** [เกี่ยวกับเรา](../pages/qa.md)\n\n<script>alert(1)</script>\n");
        site.Write("theme/footer.md", "ติดต่อ อบต.ทดสอบ โทร 0 4300 0000 <a href=\"javascript:alert(1)\">x</a>\n");
        site.Write("theme/intro.md", "![ป้ายต้อนรับ](banner.png)\n\nยินดีต้อนรับ\n");
        return site;
    }

    [Fact]
    public async Task Unsafe_link_in_a_partial_is_refused_like_one_in_a_page()
    {
        using var site = Site();
        var result = await site.BuildAsync();
        Assert.Contains(result.Diagnostics.Sorted(), d => d.Span.File == "content/theme/footer.md" && d.Code is Generator.Diagnostics.DiagnosticCodes.UnsafeLink or Generator.Diagnostics.DiagnosticCodes.HtmlRemoved);
        if (result.Succeeded)
        {
            Assert.DoesNotContain("javascript:", site.ReadOutput("oit/2566/o1/index.html"), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Partials_replace_header_footer_and_intro_with_links_relative_to_each_page()
    {
        using var site = Site();
        site.Write("theme/footer.md", "ติดต่อ อบต.ทดสอบ โทร 0 4300 0000\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var item = site.Html("oit/2566/o1/index.html");
        Assert.Null(item.QuerySelector(".site-header .brand"));
        Assert.Equal("../../../qa/", item.QuerySelector(".site-header__own a")!.GetAttribute("href"));
        Assert.Equal("qa/", site.Html("index.html").QuerySelector(".site-header__own a")!.GetAttribute("href"));
        Assert.Contains("ติดต่อ อบต.ทดสอบ", item.QuerySelector(".site-footer__own")!.TextContent, StringComparison.Ordinal);
        Assert.Null(item.QuerySelector(".site-footer #footer-contact"));
        Assert.Null(item.QuerySelector(".home-intro"));
        Assert.Equal("theme/banner.png", site.Html("index.html").QuerySelector(".home-intro--own img")!.GetAttribute("src"));
        Assert.NotNull(item.QuerySelector(".complaint-bar [data-channel=anti-corruption]"));
    }

    [Fact]
    public async Task Partials_are_sanitized_and_not_published_as_pages()
    {
        using var site = Site();
        site.Write("theme/footer.md", "ติดต่อ อบต.ทดสอบ\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        Assert.DoesNotContain("alert(1)", site.ReadOutput("index.html"), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.OutputDir, "theme", "header")), "a partial is not a page of its own");
        Assert.DoesNotContain(site.OutputHtmlFiles(), f => f.StartsWith("theme/", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "theme", "site.css")));
        var link = site.Html("oit/2566/o1/index.html").QuerySelectorAll("link[rel=stylesheet]").Last();
        Assert.Equal("../../../theme/site.css", link.GetAttribute("href"));
        var csp = site.Html("index.html").QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;
        Assert.Contains("style-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }
}
