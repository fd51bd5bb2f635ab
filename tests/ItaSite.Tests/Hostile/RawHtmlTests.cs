using FsCheck;
using FsCheck.Fluent;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Sanitizing;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Hostile;

/// <summary>Raw HTML goes through the allow-list: scripts and handlers never reach the output; tables and details survive.</summary>
public class RawHtmlTests
{
    private const string Hostile = """
        ---
        title: ทดลอง
        ---
        ย่อหน้าแรก

        <script>alert('x')</script>
        <p onclick="steal()">คลิก <a href="javascript:alert(1)">ลิงก์</a> <img src="x.png" alt="รูป" onerror="alert(2)"></p>
        <iframe src="https://evil.example/"></iframe>
        <style>body { display: none }</style>
        <form action="https://evil.example/"><input name="password"></form>
        <object data="x.swf"></object><embed src="x.swf">

        ## ตาราง {onmouseover=alert(3)}

        <details><summary>รายละเอียด</summary>

        | ก | ข |
        |---|--:|
        | 1 | 2 |

        </details>

        H<sub>2</sub>O<br>x<sup>2</sup>
        """;

    [Fact]
    public async Task Nothing_hostile_reaches_the_page_and_harmless_markup_is_kept()
    {
        using var site = TestSite.WithBasics();
        site.Write("pages/x.md", Hostile);
        site.WriteBytes("pages/x.png", [0x89, 0x50, 0x4E, 0x47]); // raw HTML images are checked like Markdown ones
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var main = site.Html("x/index.html").QuerySelector("main")!;
        Assert.Empty(main.QuerySelectorAll("script, style, iframe, form, input, object, embed"));
        Assert.DoesNotContain(main.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        Assert.DoesNotContain(main.QuerySelectorAll("[href]"), e => e.GetAttribute("href")!.Contains("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.NotNull(main.QuerySelector("details > summary"));
        Assert.NotNull(main.QuerySelector("details table td.align-right")); // alignment as a class: the CSP refuses style attributes
        Assert.NotNull(main.QuerySelector("img[alt='รูป']"));
        Assert.NotNull(main.QuerySelector("sub"));
        Assert.NotNull(main.QuerySelector("br"));
        Assert.DoesNotContain("alert", main.InnerHtml, StringComparison.Ordinal);

        var warnings = result.Diagnostics.Sorted().Where(d => d.Code == "ITA3008").ToList();
        Assert.Contains(warnings, w => w.Message.Contains("<script>", StringComparison.Ordinal) && w.Span.Line == 6);
        Assert.Contains(warnings, w => w.Message.Contains("'onclick'", StringComparison.Ordinal) && w.Span.Line == 7);
        Assert.Contains(warnings, w => w.Message.Contains("javascript:", StringComparison.Ordinal) && w.Span.Line == 7);
        Assert.Contains(warnings, w => w.Message.Contains("<iframe>", StringComparison.Ordinal) && w.Span.Line == 7);
        Assert.Contains(warnings, w => w.Message.Contains("'onmouseover'", StringComparison.Ordinal) && w.Span.Line == 13);
    }

    [Fact]
    public async Task Strict_removes_layout_markup_and_none_shows_html_as_text()
    {
        using var site = TestSite.WithBasics();
        site.Write("pages/x.md", "---\ntitle: t\n---\n<figure><img src=\"a.png\" alt=\"a\" width=\"10\"></figure>\n\n<details><summary>s</summary>ข้อความ</details>\n");
        site.WriteBytes("pages/a.png", [0x89, 0x50, 0x4E, 0x47]);
        site.Write("site.yaml", TestSite.MinimalSiteYaml + "\nhtml: strict\n");
        Assert.True((await site.BuildAsync()).Succeeded);
        var main = site.Html("x/index.html").QuerySelector("main")!;
        Assert.Null(main.QuerySelector("figure"));
        Assert.False(main.QuerySelector("img")!.HasAttribute("width"));
        Assert.NotNull(main.QuerySelector("details"));

        site.Write("site.yaml", TestSite.MinimalSiteYaml + "\nhtml: none\n");
        Assert.True((await site.BuildAsync()).Succeeded);
        main = site.Html("x/index.html").QuerySelector("main")!;
        Assert.Null(main.QuerySelector("details"));
        Assert.Contains("<details>", main.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Iframes_are_kept_only_for_hosts_the_site_lists_and_the_csp_allows_them()
    {
        using var site = TestSite.WithBasics();
        site.Write("site.yaml", TestSite.MinimalSiteYaml + "\nhtml:\n  policy: standard\n  iframe_hosts: [www.youtube-nocookie.com]\n");
        site.Write("pages/x.md", "---\ntitle: t\n---\n<iframe src=\"https://www.youtube-nocookie.com/embed/abc\"></iframe>\n\n<iframe src=\"https://evil.example/\"></iframe>\n");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var html = site.Html("x/index.html");
        var frame = Assert.Single(html.QuerySelectorAll("main iframe"));
        Assert.StartsWith("https://www.youtube-nocookie.com/", frame.GetAttribute("src"), StringComparison.Ordinal);
        Assert.NotNull(frame.GetAttribute("sandbox"));
        Assert.Contains("frame-src https://www.youtube-nocookie.com", html.QuerySelector("meta[http-equiv]")!.GetAttribute("content"), StringComparison.Ordinal);
    }

    [Fact]
    public void Property_sanitized_output_never_carries_script_handlers_or_script_urls()
    {
        string[] fragments =
        [
            "<script>", "</script>", "<a href=\"", "javascript:", "jav&#x61;script:", "\" ", "onclick=", "onerror=x ", "<img src=x ", ">", "<",
            "<svg>", "<iframe src=", "<div>", "</div>", "<style>", "text", "'", "\"", "<!--", "-->", "<math>", "<template>", "&#0;", "\n", "data:text/html,",
        ];
        var sanitizer = new HtmlSanitizer(HtmlPolicy.Standard);
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var gen = Gen.Elements(fragments).ListOf().Select(parts => string.Concat(parts));
        Prop.ForAll(gen.ToArbitrary(), html =>
        {
            var clean = sanitizer.Sanitize([html], [], new SourceSpan("x.md", 1, 1), new DiagnosticBag())?.Single() ?? string.Empty;
            var doc = parser.ParseDocument("<body>" + clean);
            return doc.Body!.QuerySelectorAll("script, iframe, style, svg, math, template").Length == 0
                && !doc.Body.QuerySelectorAll("*").SelectMany(e => e.Attributes).Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)
                    || a.Value.Replace(" ", string.Empty, StringComparison.Ordinal).StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
                    || a.Value.StartsWith("data:text", StringComparison.OrdinalIgnoreCase));
        }).QuickCheckThrowOnFailure();
    }
}

/// <summary>
/// Directives reach the theme as typed parts of the body, never as text inside its HTML: nothing content writes can place a
/// trusted component, and the HTML around a directive cannot wrap, hide or restyle the component it places.
/// </summary>
public class DirectivePartTests
{
    private const string Complaints = "kind: complaint-statistics\ntitle: สถิติเรื่องร้องเรียนประจำปี\nmonths:\n  - { month: 2565-10, received: 3, completed: 1, in_progress: 2 }\n";

    private static TestSite WithComplaints() => TestSite.WithBasics().Write("data/complaints-2566.yaml", Complaints);

    [Fact]
    public async Task Raw_html_in_the_former_placeholder_form_is_only_a_comment_and_places_nothing()
    {
        using var site = WithComplaints();
        site.Write("pages/about.md", "---\ntitle: เกี่ยวกับ\n---\nข้อความ\n\n<!--itasite:data:complaints-2566-->\n\nและ <!--itasite:qr:eit--> ต่อท้าย\n");
        var result = await site.BuildAsync();
        Assert.Empty(TestSite.Errors(result));
        var about = site.ReadOutput("about/index.html");
        Assert.DoesNotContain("itasite:", about, StringComparison.Ordinal);
        var prose = site.Html("about/index.html").QuerySelector(".prose")!;
        Assert.Empty(prose.QuerySelectorAll(".data-block, figure.qr"));
        Assert.Contains("ต่อท้าย", prose.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_directive_is_placed_where_it_is_written_and_raw_html_around_it_cannot_enclose_it()
    {
        using var site = WithComplaints();
        site.Write("pages/stats.md", "---\ntitle: สถิติ\n---\nก่อนตาราง\n\n<div class=\"hidden\">\n\n::data[complaints-2566]\n\n</div>\n\nหลังตาราง\n");
        var result = await site.BuildAsync();
        Assert.Empty(TestSite.Errors(result));
        var prose = site.Html("stats/index.html").QuerySelector(".prose")!;
        var table = Assert.Single(prose.QuerySelectorAll(".data-block[data-set='complaints-2566']"));
        Assert.Same(prose, table.ParentElement);
        Assert.Equal(["ก่อนตาราง", "หลังตาราง"], prose.QuerySelectorAll(":scope > p").Select(p => p.TextContent).ToArray());
        Assert.True(prose.TextContent.IndexOf("ก่อนตาราง", StringComparison.Ordinal) < prose.TextContent.IndexOf("หลังตาราง", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("- รายการ\n\n  ::data[complaints-2566]\n", 8, 3)]
    [InlineData("> อ้างอิง\n>\n> ::data[complaints-2566]\n", 8, 3)]
    public async Task A_directive_inside_a_list_or_quote_is_an_error_at_its_line(string body, int line, int column)
    {
        using var site = WithComplaints();
        site.Write("pages/stats.md", "---\ntitle: สถิติ\n---\nก่อนตาราง\n\n" + body);
        var result = await site.BuildAsync(write: false);
        var error = Assert.Single(TestSite.Errors(result));
        Assert.StartsWith($"content/pages/stats.md:{line}:{column}: error ITA6008: ::data[…] places a whole block", error.ToString(), StringComparison.Ordinal);
    }
}
