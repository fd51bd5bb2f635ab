using System.Text.Json;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Pipeline;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Years;

/// <summary>A multi-year site: per-year ITAS links, draft years, the archive banner on every page of a past year, per-year manifests.</summary>
public class YearSiteTests
{
    private const string SiteItas = "itas:\n  eit_url: https://itas.nacc.go.th/go/eit/site2566\n  iit_url: https://itas.nacc.go.th/go/iit/site2566\n";

    private static TestSite Site()
    {
        var site = TestSite.WithBasics();
        site.Write("site.yaml", YearFixtures.SiteYaml(SiteItas));
        site.Write("oit/2566/o1.md", TestSite.Item("O1", body: "::qr[eit]\n"));
        site.Write("measures/2566/m1.md", "---\nmeasure: 1\ntitle: มาตรการปี 2566\n---\nเนื้อหา\n");
        site.Write("oit/2569/framework.yaml", YearFixtures.Framework(2569, 3));
        site.Write("oit/2569/year.yaml", "itas:\n  eit_url: https://itas.nacc.go.th/go/eit/y2569\n  iit_url: https://itas.nacc.go.th/go/iit/y2569\n");
        site.Write("oit/2569/o1.md", TestSite.Item("O1", body: "::qr[eit]\n"));
        site.Write("oit/2570/framework.yaml", YearFixtures.Framework(2570, 2));
        site.Write("oit/2570/year.yaml", "draft: true\nitas:\n  eit_url: https://itas.nacc.go.th/go/eit/y2570\n  iit_url:\n");
        site.Write("oit/2570/o1.md", TestSite.Item("O1", body: "::qr[eit]\n"));
        site.WriteBytes("oit/2570/files/plan.pdf", "%PDF-1.4\n%draft\n"u8.ToArray());
        return site;
    }

    [Fact]
    public async Task Each_year_shows_its_own_itas_qr_code()
    {
        using var site = Site();
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        Assert.Equal("https://itas.nacc.go.th/go/eit/site2566", site.Html("oit/2566/o1/index.html").QuerySelector("figure.qr a.qr__link")!.TextContent);
        Assert.Equal("https://itas.nacc.go.th/go/eit/y2569", site.Html("oit/2569/o1/index.html").QuerySelector("figure.qr a.qr__link")!.TextContent);
        Assert.DoesNotContain("y2570", File.ReadAllText(Path.Combine(site.OutputDir, "oit/2569/o1/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_year_is_not_published_by_build()
    {
        using var site = Site();
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        Assert.False(Directory.Exists(Path.Combine(site.OutputDir, "oit/2570")));
        Assert.Equal([2566, 2569], result.Site!.Years.All.Select(y => y.Year));
        Assert.DoesNotContain(result.Files, f => f.RelativePath.Contains("2570", StringComparison.Ordinal));
        Assert.DoesNotContain("2570", site.ReadOutput("index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.Span.File.Contains("2570", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_draft_year_is_checked_and_served_with_a_draft_banner()
    {
        using var site = Site();
        site.Write("oit/2570/o2.md", "---\nindicator: O2\nevidence:\n  c9: \"#x\"\n---\nx\n");
        var check = await Check(site);
        Assert.Contains(TestSite.Errors(check), d => d.Code == DiagnosticCodes.UnknownComponent && d.Span.File == "content/oit/2570/o2.md");

        site.Write("oit/2570/o2.md", "---\nindicator: O2\n---\nx\n");
        var served = await TestBuilds.BuildAsync(TestBuilds.InMemory(site.ContentDir, site.OutputDir) with { IncludeDraftYears = true }, TestContext.Current.CancellationToken);
        Assert.True(served.Succeeded, TestSite.Lines(served));
        var page = served.Files.Single(f => f.RelativePath == "oit/2570/o1/index.html");
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(page.Content!));
        Assert.Contains("ฉบับร่าง ITA 2570", html.QuerySelector("[data-year-state=draft]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://itas.nacc.go.th/go/eit/y2570", html.QuerySelector("figure.qr a.qr__link")!.TextContent);
        Assert.Equal(2569, served.Site!.Years.Current);
    }

    [Fact]
    public async Task A_year_with_its_own_empty_itas_never_falls_back_to_another_years_link()
    {
        using var site = Site();
        site.Write("oit/2570/o2.md", "---\nindicator: O2\n---\n::qr[iit]\n");
        var check = await Check(site);
        var error = Assert.Single(TestSite.Errors(check), d => d.Code == DiagnosticCodes.UnknownDataSet);
        Assert.Equal("content/oit/2570/o2.md:4:1", error.Span.ToString());
        Assert.Contains("IIT link of ITA 2570", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_of_a_past_year_is_marked_as_an_archive_with_a_link_to_the_current_year()
    {
        using var site = Site();
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var pastPages = site.OutputHtmlFiles().Where(f => f.StartsWith("oit/2566/", StringComparison.Ordinal) || f.StartsWith("measures/2566/", StringComparison.Ordinal)).ToList();
        Assert.Equal(43 + 1 + 1, pastPages.Count);
        foreach (var file in pastPages)
        {
            var banner = site.Html(file).QuerySelector("[data-year-state=archive]");
            Assert.True(banner is not null, file);
            Assert.Contains("ข้อมูลการประเมินปี 2566 (เอกสารย้อนหลัง)", banner.TextContent, StringComparison.Ordinal);
            var link = banner.QuerySelector("a")!.GetAttribute("href")!;
            Assert.Equal("oit/2569/index.html", Resolve(file, link));
        }

        foreach (var file in site.OutputHtmlFiles().Where(f => !f.Contains("2566", StringComparison.Ordinal)))
        {
            Assert.Null(site.Html(file).QuerySelector("[data-year-state]"));
        }

        var switcher = site.Html("oit/2566/index.html").QuerySelectorAll(".year-switcher a");
        Assert.Equal(["ITA 2569 (ปีปัจจุบัน)", "ITA 2566 (ย้อนหลัง)"], switcher.Select(a => a.TextContent.Trim()));
        Assert.Equal("page", switcher[1].GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Each_year_has_its_own_manifest_and_itas_sheet_and_the_years_index_lists_them()
    {
        using var site = Site();
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        using var all = JsonDocument.Parse(site.ReadOutput("oit/manifest.json"));
        Assert.Equal(2569, all.RootElement.GetProperty("current_year").GetInt32());
        Assert.Equal(["archive", "current"], all.RootElement.GetProperty("years").EnumerateArray().Select(y => y.GetProperty("state").GetString()));
        using var y2569 = JsonDocument.Parse(site.ReadOutput("oit/2569/manifest.json"));
        Assert.Equal(3, y2569.RootElement.GetProperty("year").GetProperty("items").GetArrayLength());
        Assert.Equal(4, site.ReadOutput("oit/2569/itas.csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "oit/2566/itas.csv")));
        var cards = site.Html("oit/index.html").QuerySelectorAll(".year-card");
        Assert.Equal(["2569", "2566"], cards.Select(c => c.GetAttribute("data-year")));
    }

    private static Task<BuildResult> Check(TestSite site) =>
        TestBuilds.BuildAsync(TestBuilds.InMemory(site.ContentDir, site.OutputDir) with { CheckReadiness = true, IncludeDraftYears = true });

    /// <summary>The output file a relative link of a page points to.</summary>
    private static string Resolve(string page, string href)
    {
        var target = new Uri(new Uri("https://x/" + page), href).AbsolutePath.TrimStart('/');
        return target.EndsWith('/') || target.Length == 0 ? target + "index.html" : target;
    }
}
