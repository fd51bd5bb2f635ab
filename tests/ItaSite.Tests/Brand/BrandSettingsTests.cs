using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Brand;

/// <summary>site.yaml brand:, main_site:, menu: and e_service: — what staff write, what the published pages show, and the positioned diagnostics for mistakes.</summary>
public sealed class BrandSettingsTests
{
    private const string Logo = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#063\"/></svg>";

    private static TestSite Site(string extraYaml)
    {
        var site = TestSite.WithBasics();
        site.Write("site.yaml", TestSite.MinimalSiteYaml + "\n" + extraYaml);
        site.Write("brand/logo.svg", Logo);
        return site;
    }

    [Fact]
    public async Task Logo_colour_and_main_site_appear_in_header_footer_and_breadcrumb()
    {
        using var site = Site("brand:\n  logo: brand/logo.svg\n  color: \"#1d5c3a\"\nmain_site:\n  title: อบต.ทดสอบ\n  url: https://www.example.go.th/\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "brand", "logo.svg")), "the logo is published");
        var item = site.Html("oit/2566/o1/index.html");
        Assert.Equal("../../../brand/logo.svg", item.QuerySelector(".site-header .brand__logo")!.GetAttribute("src"));
        Assert.Contains("องค์การบริหารส่วนตำบลทดสอบ", item.QuerySelector(".site-header .brand")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://www.example.go.th/", item.QuerySelector(".site-header .main-site a")!.GetAttribute("href"));
        Assert.Equal("https://www.example.go.th/", item.QuerySelector(".site-footer__main a")!.GetAttribute("href"));
        Assert.Equal("https://www.example.go.th/", item.QuerySelector(".breadcrumb li a")!.GetAttribute("href"));
        Assert.NotNull(item.QuerySelector("link[rel=stylesheet][href$='assets/brand.css']"));
        var css = site.ReadOutput("assets/brand.css");
        Assert.Contains("--brand: #1d5c3a;", css, StringComparison.Ordinal);
        Assert.Contains("--brand-ink: #ffffff;", css, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Light_colour_is_a_positioned_contrast_warning_and_gets_dark_header_text()
    {
        using var site = Site("brand:\n  color: \"#ffd54f\"\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var warning = Assert.Single(result.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.BrandContrast);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("content/site.yaml", warning.Span.File);
        Assert.Equal(TestSite.MinimalSiteYaml.Split('\n').Length + 2, warning.Span.Line);
        var css = site.ReadOutput("assets/brand.css");
        Assert.Contains("--brand-ink: #1b1f24;", css, StringComparison.Ordinal);
        var accent = BrandColor.Parse(css.Split("--accent: ")[1][..7])!.Value;
        Assert.True(accent.ContrastWith(BrandColor.White) >= 4.5, $"link colour {accent} must read on white");
    }

    [Fact]
    public async Task Dark_colour_gives_no_warning()
    {
        using var site = Site("brand:\n  color: \"#0b4f8a\"\n");
        var result = await site.BuildAsync();
        Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.BrandContrast);
    }

    [Theory]
    [InlineData("brand:\n  color: #1d5c3a\n", DiagnosticCodes.InvalidValue)]
    [InlineData("brand:\n  color: \"green-ish\"\n", DiagnosticCodes.InvalidValue)]
    [InlineData("brand:\n  logo: brand/missing.png\n", DiagnosticCodes.BrokenLink)]
    [InlineData("brand:\n  logo: pages/qa.md\n", DiagnosticCodes.BrandFile)]
    [InlineData("brand:\n  logo: ../outside.png\n", DiagnosticCodes.PathEscape)]
    [InlineData("main_site:\n  title: x\n  url: javascript:alert(1)\n", DiagnosticCodes.InvalidValue)]
    [InlineData("menu:\n  - { label: x, url: \"javascript:alert(1)\" }\n", DiagnosticCodes.UnsafeLink)]
    [InlineData("menu:\n  - { label: x, url: /about/ }\n", DiagnosticCodes.MenuTarget)]
    [InlineData("menu:\n  - { label: x, page: /nowhere/ }\n", DiagnosticCodes.BrokenLink)]
    [InlineData("menu:\n  - { label: x, item: O99, year: 2566 }\n", DiagnosticCodes.MenuTarget)]
    [InlineData("menu:\n  - { label: x, item: O1, year: 2570 }\n", DiagnosticCodes.MenuTarget)]
    [InlineData("menu:\n  - { label: x }\n", DiagnosticCodes.MenuTarget)]
    [InlineData("theme:\n  css: brand/logo.svg\n", DiagnosticCodes.BrandFile)]
    [InlineData("theme:\n  header: theme/missing.md\n", DiagnosticCodes.BrokenLink)]
    public async Task Mistakes_in_brand_keys_are_positioned_errors(string yaml, string code)
    {
        using var site = Site(yaml);
        var result = await site.BuildAsync();
        Assert.False(result.Succeeded);
        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal(code, error.Code);
        Assert.Equal("content/site.yaml", error.Span.File);
        Assert.True(error.Span.Line > TestSite.MinimalSiteYaml.Split('\n').Length, error.ToString());
    }

    [Fact]
    public async Task Default_menu_puts_anti_corruption_beside_general_complaints_with_e_service_qa_and_current_index()
    {
        using var site = Site("e_service:\n  url: https://www.example.go.th/eservice/\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var links = site.Html("index.html").QuerySelectorAll(".main-nav a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        var hrefs = links.Select(l => l.Item2).ToList();
        Assert.Contains("oit/2566/", hrefs);
        Assert.Contains("qa/", hrefs);
        Assert.Contains("https://www.example.go.th/eservice/", hrefs);
        var general = hrefs.IndexOf("complaints/");
        var corruption = hrefs.IndexOf("complaints/corruption/");
        Assert.True(general >= 0 && corruption == general - 1, string.Join(", ", hrefs));
    }

    [Fact]
    public async Task Written_menu_keeps_its_order_labels_and_targets()
    {
        using var site = Site("""
            menu:
              - { label: สารบัญ ITA, oit: 2566 }
              - { label: โครงสร้าง, item: O1, year: 2566 }
              - { label: ข้อมูลข้อแรก, item: O1 }
              - { label: ถาม-ตอบ, page: /qa/ }
              - { label: เว็บไซต์หลัก, url: "https://www.example.go.th/" }
            """);
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var links = site.Html("qa/index.html").QuerySelectorAll(".main-nav a").Select(a => $"{a.TextContent}={a.GetAttribute("href")}").ToList();
        Assert.Equal(["สารบัญ ITA=../oit/2566/", "โครงสร้าง=../oit/2566/o1/", "ข้อมูลข้อแรก=../oit/2566/o1/", "ถาม-ตอบ=./", "เว็บไซต์หลัก=https://www.example.go.th/"], links);
        Assert.Equal("page", site.Html("qa/index.html").QuerySelectorAll(".main-nav a")[3].GetAttribute("aria-current"));
    }
}
