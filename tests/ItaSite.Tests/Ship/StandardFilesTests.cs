using System.Xml.Linq;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Ship;

/// <summary>sitemap.xml, robots.txt and the Atom feed: well-formed XML with the elements their specifications require.</summary>
public class StandardFilesTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private const string News = """
        kind: news
        title: ข่าวประชาสัมพันธ์
        entries:
          - date: 2023-01-05
            title: ประกาศแผนการจัดซื้อจัดจ้าง
            summary: เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2566
            page: /oit/2566/o1/
          - date: 2566-03-20
            title: รับสมัครอาสาสมัครท้องถิ่น
            url: https://www.example.go.th/news/42
          - date: 2022-12-01
            title: วันสำคัญของท้องถิ่น
        """;

    private static TestSite NewsSite(string news = News)
    {
        var site = TestSite.WithBasics();
        site.Write("oit/2566/o1.md", TestSite.Item("O1"));
        site.Write("oit/2566/o2.md", TestSite.Item("O2").Replace("updated: 2023-03-15", "updated: 2023-02-01", StringComparison.Ordinal));
        site.Write("data/news.yaml", news);
        site.Write("pages/news.md", "---\ntitle: ข่าว\n---\n::data[news]\n");
        return site;
    }

    [Fact]
    public async Task Sitemap_lists_every_published_page_with_an_absolute_url_and_the_date_of_dated_pages()
    {
        using var site = NewsSite();
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var xml = XDocument.Parse(site.ReadOutput("sitemap.xml"));
        Assert.Equal(Sitemap + "urlset", xml.Root!.Name);
        var urls = xml.Root.Elements(Sitemap + "url").ToList();
        Assert.All(urls, u => Assert.Single(u.Elements(Sitemap + "loc")));
        var locs = urls.Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        var expected = site.OutputHtmlFiles().Where(f => f != "404.html" && f != "search/index.html")
            .Select(f => "https://www.example.go.th/ita/" + f[..^"index.html".Length]).Order(StringComparer.Ordinal);
        Assert.Equal(expected, locs);
        Assert.Equal(locs.Distinct().Count(), locs.Count);
        string? LastMod(string path) => urls.Single(u => u.Element(Sitemap + "loc")!.Value == "https://www.example.go.th/ita/" + path).Element(Sitemap + "lastmod")?.Value;
        Assert.Equal("2023-03-15", LastMod("oit/2566/o1/"));
        Assert.Equal("2023-02-01", LastMod("oit/2566/o2/"));
        Assert.Equal("2023-03-15", LastMod("oit/2566/"));
        Assert.Null(LastMod("qa/"));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", site.ReadOutput("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Robots_txt_names_the_sitemap_by_its_absolute_url()
    {
        using var site = NewsSite();
        Assert.True((await site.BuildAsync()).Succeeded);
        var robots = site.ReadOutput("robots.txt").Split('\n');
        Assert.Contains("Sitemap: https://www.example.go.th/ita/sitemap.xml", robots);
        Assert.Contains("User-agent: *", robots);
    }

    [Fact]
    public async Task Feed_is_an_atom_feed_of_the_news_newest_first_with_the_required_elements()
    {
        using var site = NewsSite();
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var feed = XDocument.Parse(site.ReadOutput("feed.xml")).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://www.example.go.th/ita/", feed.Element(Atom + "id")!.Value);
        Assert.Contains("องค์การบริหารส่วนตำบลทดสอบ", feed.Element(Atom + "title")!.Value, StringComparison.Ordinal);
        Assert.Equal("2023-03-20T00:00:00+07:00", feed.Element(Atom + "updated")!.Value);
        Assert.Equal("https://www.example.go.th/ita/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(["รับสมัครอาสาสมัครท้องถิ่น", "ประกาศแผนการจัดซื้อจัดจ้าง", "วันสำคัญของท้องถิ่น"], entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.All(entries, e =>
        {
            Assert.StartsWith("tag:www.example.go.th,", e.Element(Atom + "id")!.Value, StringComparison.Ordinal);
            Assert.True(DateTimeOffset.TryParse(e.Element(Atom + "updated")!.Value, out _));
        });
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        string Link(int i) => entries[i].Element(Atom + "link")!.Attribute("href")!.Value;
        Assert.Equal("https://www.example.go.th/news/42", Link(0));
        Assert.Equal("https://www.example.go.th/ita/oit/2566/o1/", Link(1));
        Assert.Equal("https://www.example.go.th/ita/news/", Link(2));
        Assert.Equal("เผยแพร่แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2566", entries[1].Element(Atom + "summary")!.Value);
    }

    [Fact]
    public async Task Entry_ids_stay_the_same_when_the_news_file_is_reordered()
    {
        using var site = NewsSite();
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = Ids(site.ReadOutput("feed.xml"));
        var lines = News.Split('\n');
        site.Write("data/news.yaml", string.Join('\n', lines[..3].Concat(lines[12..]).Concat(lines[3..12])));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        Assert.Equal(before, Ids(site.ReadOutput("feed.xml")));
    }

    private static List<string> Ids(string feed) => [.. XDocument.Parse(feed).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Every_page_links_the_feed_from_its_head_and_the_news_list_is_shown_with_links()
    {
        using var site = NewsSite();
        Assert.True((await site.BuildAsync()).Succeeded);
        foreach (var file in site.OutputHtmlFiles())
        {
            var link = site.Html(file).QuerySelector("head link[rel=alternate][type='application/atom+xml']");
            Assert.True(link is not null, file + " has no feed link");
            Assert.Equal("https://www.example.go.th/ita/feed.xml", new Uri(new Uri("https://www.example.go.th/ita/" + file), link.GetAttribute("href")).ToString());
        }

        var news = site.Html("news/index.html");
        var items = news.QuerySelectorAll(".news__entry").ToList();
        Assert.Equal(3, items.Count);
        Assert.Equal("2023-03-20", items[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("../oit/2566/o1/", items[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(items[2].QuerySelector("a"));
        Assert.Contains("news.csv", news.QuerySelector(".data-downloads a[data-format=csv]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    page: /no-such-page/\n", "content/data/news.yaml:4:5: error ITA8601")]
    [InlineData("    url: javascript:alert(1)\n", "content/data/news.yaml:6:10: error ITA8601")]
    [InlineData("    url: https://a.example/\n    page: /qa/\n", "content/data/news.yaml:6:10: error ITA8601")]
    [InlineData("    colour: red\n", "content/data/news.yaml:6:5: warning ITA1003")]
    public async Task A_wrong_news_entry_is_a_positioned_diagnostic(string extra, string expected)
    {
        using var site = NewsSite("kind: news\ntitle: ข่าว\nentries:\n  - date: 2023-01-05\n    title: ก\n" + extra);
        var result = await site.BuildAsync();
        Assert.True(result.Diagnostics.Sorted().Any(d => d.ToString().StartsWith(expected, StringComparison.Ordinal)), TestSite.Lines(result));
    }

    [Fact]
    public async Task The_example_fixture_has_a_sitemap_of_every_page_robots_txt_and_a_feed_with_its_news()
    {
        var output = Path.Combine(Path.GetTempPath(), "itasite-example-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = await TestBuilds.BuildAsync(TestBuilds.Writing(RepoPaths.ExampleContent, output), TestContext.Current.CancellationToken);
            Assert.True(result.Succeeded, TestSite.Lines(result));
            var pages = Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories).Count() - 1;
            Assert.Equal(pages, XDocument.Load(Path.Combine(output, "sitemap.xml")).Root!.Elements(Sitemap + "url").Count());
            Assert.Contains("Sitemap: https://www.tuayang.go.th/ita/sitemap.xml", File.ReadAllText(Path.Combine(output, "robots.txt")), StringComparison.Ordinal);
            var entries = XDocument.Load(Path.Combine(output, "feed.xml")).Root!.Elements(Atom + "entry").ToList();
            Assert.NotEmpty(entries);
            Assert.All(entries, e => Assert.StartsWith("https://www.tuayang.go.th/ita/", e.Element(Atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
