using ItaSite.Generator.Pipeline;
using Microsoft.Playwright;

namespace ItaSite.BrowserTests;

/// <summary>The agency's own look as a citizen's browser shows it: logo, colour, main-site link, the menu, and a light colour made readable.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrandTests(BrowserFixture site)
{
    [Fact]
    public async Task Header_shows_the_logo_beside_the_name_in_the_brand_colour_and_links_the_main_site()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "oit/2566/o21/");
        var header = await page.EvaluateAsync<HeaderInfo>(
            """
            (() => { const img = document.querySelector('.site-header .brand__logo'), name = document.querySelector('.site-header .brand__name');
              const i = img.getBoundingClientRect(), n = name.getBoundingClientRect();
              return { logoLoaded: img.complete && img.naturalWidth > 0, logoWidth: i.width, besideName: i.right <= n.left && i.bottom > n.top && i.top < n.bottom,
                background: getComputedStyle(document.querySelector('.site-header')).backgroundColor,
                mainSite: document.querySelector('.site-header .main-site a').href,
                footerMainSite: document.querySelector('.site-footer__main a').href,
                firstCrumb: document.querySelector('.breadcrumb li a').href }; })()
            """);
        await site.ScreenshotAsync(page, "brand-header-1280");
        Assert.True(header.LogoLoaded, "the logo image loads");
        Assert.True(header.LogoWidth >= 32, $"logo is {header.LogoWidth} px wide");
        Assert.True(header.BesideName, "the logo sits left of the agency's name on the same row");
        Assert.Equal("rgb(29, 92, 58)", header.Background);
        Assert.Equal("https://www.tuayang.go.th/", header.MainSite);
        Assert.Equal("https://www.tuayang.go.th/", header.FooterMainSite);
        Assert.Equal("https://www.tuayang.go.th/", header.FirstCrumb);
    }

    [Fact]
    public async Task Menu_has_the_current_index_anti_corruption_beside_general_complaints_e_service_and_qa()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl);
        var links = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('.main-nav a')].filter(a => a.offsetParent !== null).map(a => a.href)");
        var general = Array.IndexOf(links, site.BaseUrl + "complaints/");
        Assert.True(general > 0, string.Join(", ", links));
        Assert.Equal(site.BaseUrl + "complaints/corruption/", links[general - 1]);
        Assert.Contains(site.BaseUrl + "oit/2566/", links);
        Assert.Contains(site.BaseUrl + "qa/", links);
        Assert.Contains("https://www.tuayang.go.th/eservice/", links);
    }

    [Fact]
    public async Task Light_brand_colour_gets_dark_header_text_that_passes_aa()
    {
        var root = Path.Combine(Path.GetTempPath(), "itasite-brand-" + Guid.NewGuid().ToString("N"));
        try
        {
            var content = Path.Combine(root, "content");
            Directory.CreateDirectory(Path.Combine(content, "pages"));
            File.WriteAllText(Path.Combine(content, "site.yaml"), """
                name: เทศบาลตำบลสีอ่อน
                short_name: ทต.สีอ่อน
                base_url: https://www.light.go.th/
                assessment_years: [2566]
                complaints:
                  anti_corruption: { title: แจ้งเบาะแสการทุจริต, url: "https://www.light.go.th/stop/" }
                  general: { title: ร้องเรียนทั่วไป, url: "https://www.light.go.th/complaints/" }
                brand:
                  color: "#ffd54f"
                """);
            File.WriteAllText(Path.Combine(content, "pages", "index.md"), "---\ntitle: หน้าแรก\n---\nยินดีต้อนรับ\n");
            var output = Path.Combine(root, "output");
            var result = await TestBuilds.BuildAsync(TestBuilds.Writing(content, output), TestContext.Current.CancellationToken);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Sorted()));
            Assert.Contains(result.Diagnostics.Sorted(), d => d.Code == "ITA8501" && d.Span.Line == 9);

            var page = await site.NewPageAsync();
            await page.RouteAsync("https://www.light.go.th/**", async route =>
            {
                var path = new Uri(route.Request.Url).AbsolutePath.TrimStart('/');
                var file = Path.Combine(output, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);
                await (File.Exists(file) ? route.FulfillAsync(new RouteFulfillOptions { Path = file }) : route.FulfillAsync(new RouteFulfillOptions { Status = 404 }));
            });
            await page.GotoAsync("https://www.light.go.th/");
            var colours = await page.EvaluateAsync<string[]>(
                "[getComputedStyle(document.querySelector('.site-header')).backgroundColor, getComputedStyle(document.querySelector('.brand__name')).color, getComputedStyle(document.querySelector('.main-nav a')).color, getComputedStyle(document.querySelector('.main-nav')).backgroundColor]");
            await site.ScreenshotAsync(page, "brand-light-colour-1280");
            Assert.Equal("rgb(255, 213, 79)", colours[0]);
            Assert.True(Contrast(colours[0], colours[1]) >= 4.5, $"header text {colours[1]} on {colours[0]}");
            Assert.True(Contrast(colours[3], colours[2]) >= 4.5, $"menu text {colours[2]} on {colours[3]}");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static double Contrast(string a, string b)
    {
        static double Luminance(string rgb)
        {
            var parts = rgb[(rgb.IndexOf('(') + 1)..rgb.IndexOf(')')].Split(',').Take(3).Select(p => double.Parse(p, System.Globalization.CultureInfo.InvariantCulture) / 255).ToArray();
            var lin = parts.Select(c => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4)).ToArray();
            return (0.2126 * lin[0]) + (0.7152 * lin[1]) + (0.0722 * lin[2]);
        }

        var (x, y) = (Luminance(a), Luminance(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    public sealed class HeaderInfo
    {
        public bool LogoLoaded { get; set; }

        public double LogoWidth { get; set; }

        public bool BesideName { get; set; }

        public string Background { get; set; } = string.Empty;

        public string MainSite { get; set; } = string.Empty;

        public string FooterMainSite { get; set; } = string.Empty;

        public string FirstCrumb { get; set; } = string.Empty;
    }
}
