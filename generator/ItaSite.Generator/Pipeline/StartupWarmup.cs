using CsvHelper;
using ItaSite.Generator.Assemble;
using ItaSite.Generator.Binding;
using ItaSite.Generator.Content;
using ItaSite.Generator.Data.Loading;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Output;
using ItaSite.Generator.Publishing;
using ItaSite.Generator.Search;
using ItaSite.Generator.Site;
using ItaSite.Generator.Theming;

namespace ItaSite.Generator.Pipeline;

/// <summary>
/// Runs the libraries and code paths of the later stages once, on a tiny site of its own, on a thread of its own, while a
/// one-shot build (<c>itasite build</c>, <c>check</c>) is still loading and parsing. Most of a small site's build is first-call
/// cost, not work: type loading, ReadyToRun fixups and static set-up of YamlDotNet, Markdig, System.Text.Json, the gzip library
/// and the Razor renderer (a 3-page site took 0.23 s, a 100-page site 0.33 s). These are process-wide, so a second core that
/// pays them while the build's first stages run saves the build that time. What the warm-up makes is thrown away: it writes
/// nothing, reports nothing and shares no object with the build; a failure in it is ignored (the build pays the cost itself).
/// Stages are not warmed from inside: this wraps them from outside, as caching does.
/// </summary>
public static class StartupWarmup
{
    /// <summary>Starts the warm-up on a background thread; the build does not wait for it.</summary>
    public static void Start(Theme theme)
    {
        var thread = new Thread(() =>
        {
            try
            {
                Run(theme);
            }
            catch (Exception)
            {
                // Only a head start is lost: every path it would have warmed runs in the build as usual.
            }
        })
        {
            IsBackground = true,
            Name = "itasite warm-up",
        };
        thread.Start();
    }

    /// <summary>
    /// The warm-up itself, in the order the build reaches the stages: site.yaml, front matter, Markdown, the theme's layouts, the
    /// assemble stage (manifests, feed, sitemap; a CSV beside it) and the index stage, each through the stage's own code. Returns the warm site's diagnostics (a test keeps it free of errors, so a
    /// warm-up that stopped warming would be noticed).
    /// </summary>
    public static DiagnosticBag Run(Theme theme)
    {
        var diagnostics = new DiagnosticBag();
        var siteFile = new SourceFile("site.yaml", "site.yaml", SiteYaml);
        var config = SiteConfigParser.Parse(siteFile, diagnostics) ?? throw new InvalidOperationException("the warm-up's site.yaml did not parse");
        var pageFile = new SourceFile("pages/about.md", "pages/about.md", PageMarkdown);
        var page = new PageParser(diagnostics).Parse(pageFile) as GenericPage ?? throw new InvalidOperationException("the warm-up's page did not parse");
        var bound = SiteBinder.BindPage(page);
        var links = new LinkResolver(new Dictionary<string, SitePath> { [pageFile.ContentPath] = bound.Url }, new HashSet<string> { "/", bound.Url.Value }, new Dictionary<string, AssetFile>());
        var body = new MarkdownRenderer(BuildLimits.Default, config.Html, config.BaseUrl).Render(page, bound.Url, links, diagnostics);

        var content = new ContentSet(string.Empty, siteFile, [pageFile], [], new Dictionary<string, AssetFile>());
        var site = new SiteModel(config, content, new Dictionary<int, IndicatorFramework>(), [], [], [bound], links);
        var bodies = new Dictionary<ContentPage, RenderedMarkdown>(ReferenceEqualityComparer.Instance) { [page] = body };
        var renderer = new ThemeRenderer(theme);
        var files = new List<OutputFile>();
        foreach (var planned in new PageComposer(site, bodies).Plan())
        {
            var composed = planned.Compose();
            files.Add(new OutputFile(composed.Url.OutputFile, renderer.RenderPageAsync(composed.Kind, composed.Model, config.ThaiDigits).GetAwaiter().GetResult(), null));
        }

        renderer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        SiteAssembler.Assemble(files, site, content, bodies, DataCatalog.Empty, [], new PublishedFilePolicy(), theme, diagnostics);
        WriteCsv(); // the warm site has no year or data table, so the assemble stage wrote no CSV
        new SearchIndexBuilder(site, bodies, DataCatalog.Empty, null, diagnostics).Build();
        return diagnostics;
    }

    private static void WriteCsv()
    {
        using var bytes = new MemoryStream();
        using var csv = CsvWriter.Create(bytes, DataExporter.CsvOptions(), leaveOpen: true);
        csv.WriteHeader(["ข้อ", "ลิงก์"]);
        csv.WriteRecord(["O1", "https://www.example.go.th/ita/oit/"]);
    }

    private const string SiteYaml = """
        name: องค์การบริหารส่วนตำบลอุ่นเครื่อง
        short_name: อบต.อุ่นเครื่อง
        type: องค์การบริหารส่วนตำบล
        base_url: https://www.example.go.th/ita/
        assessment_years: [2569]
        current_year: 2569
        address: 1 หมู่ 1 ตำบลอุ่นเครื่อง
        phones: ["0 0000 0000"]
        email: saraban@example.go.th
        complaints:
          anti_corruption: { title: แจ้งเรื่องร้องเรียนการทุจริต, page: /about/, email: stop@example.go.th, phone: "0 0000 0000" }
          general: { title: ร้องเรียนทั่วไป, page: /about/, phone: "0 0000 0000" }
        """;

    private const string PageMarkdown = """
        ---
        title: เกี่ยวกับหน่วยงาน
        description: ข้อมูลพื้นฐาน
        updated: 2026-10-01
        ---
        # ประวัติ

        ข้อความ *เน้น* **หนา** [ติดต่อ](https://www.example.go.th/) และ <https://www.example.go.th/>

        | ปี | งบประมาณ |
        |---|---:|
        | 2569 | 1,000 |

        - [x] รายการ
        - รายการที่สอง
        """;
}
