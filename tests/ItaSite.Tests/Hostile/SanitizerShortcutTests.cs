using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Fluent;
using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Output;
using ItaSite.Generator.Publishing;
using ItaSite.Generator.Sanitizing;
using ItaSite.Generator.Site;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Hostile;

/// <summary>
/// Bodies with no raw HTML and no <c>{attributes}</c> skip the sanitizer. That shortcut is only sound if the sanitizer would
/// have changed nothing: for random mixes of every Markdown construct the site enables (and of URLs with every kind of
/// scheme), the shortcut's HTML must equal the sanitized HTML, under every policy, with the same diagnostics.
/// </summary>
public class SanitizerShortcutTests
{
    private static readonly string[] Fragments =
    [
        "ข้อความ **หนา** _เอียง_ ~~ขีดฆ่า~~ ==เน้น== ^ยก^ ~ห้อย~ ++แทรก++",
        "- [ ] งานที่ยังไม่ทำ\n- [x] งานที่ทำแล้ว",
        "ข้อความมีเชิงอรรถ[^1]\n\n[^1]: คำอธิบายเชิงอรรถ",
        "| ลำดับ | รายการ | งบประมาณ |\n|:--|:-:|--:|\n| ๑ | จัดซื้อ | 1,000 |",
        "+---+---+\n| ก | ข |\n+===+===+\n| 1 | 2 |\n+---+---+",
        "```js\nconst a = '<b>' && 1 < 2;\n```",
        "    โค้ดแบบย่อหน้า <i>x</i>",
        "[ลิงก์](https://www.nacc.go.th/a?b=1&c=2 \"ชื่อ\")",
        "[ftp](ftp://files.example/x)",
        "[sms](sms:+66812345678)",
        "[js](javascript:alert(1))",
        "[js2](JaVaScRiPt:alert(1))",
        "[vb](vbscript:msgbox)",
        "[mail](mailto:saraban@example.go.th) [tel](tel:+6621234567)",
        "![รูปภาพ](https://www.example.go.th/a.png)",
        "![png](data:image/png;base64,iVBORw0KGgo=)",
        "![svg](data:image/svg+xml;base64,PHN2Zz4=)",
        "<https://auto.example.go.th/path>",
        "<saraban@example.go.th>",
        "www.example.go.th และ http://plain.example.go.th/x",
        "> อ้างอิง\n> > ซ้อนกัน\n> > > สามชั้น",
        "- ก\n  - ข\n    - ค\n      - ง",
        "1. หนึ่ง\n2. สอง\n\n   ย่อหน้าในรายการ",
        "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#60;b&#62; &copy;",
        "***หนามาก*** และ *__ผสม__*",
        "บรรทัดแรก  \nบรรทัดที่สอง\\\nบรรทัดที่สาม",
        "[อ้างอิง]\n\n[อ้างอิง]: https://www.example.go.th/ref 'ชื่อ'",
        "[หน้าอื่น](../qa.md) [หัวข้อ](#หัวข้อ) [หาย](missing.md) [ไฟล์](files/a.pdf)",
        "## หัวข้อ\n\n### หัวข้อ",
        "---",
        "<b>ตัวหนาแบบ HTML</b>",
        "<script>alert(1)</script>",
        "<p onclick=\"x()\">ย่อหน้า</p>",
        "## หัวข้อมีคุณสมบัติ {#ชื่อ .พิเศษ onclick=x}",
        "ย่อหน้า {.class-ของ-ผู้ใช้}",
        "<!-- ความเห็น -->",
    ];

    private static readonly HtmlParser Parser = new();

    [Fact]
    public void The_shortcut_gives_exactly_what_the_sanitizer_would()
    {
        var bodies = Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(Gen.Elements(Fragments), n)).Select(parts => string.Join("\n\n", parts));
        var shortcuts = 0;
        Prop.ForAll(bodies.ToArbitrary(), body =>
        {
            foreach (var level in new[] { HtmlPolicyLevel.None, HtmlPolicyLevel.Strict, HtmlPolicyLevel.Standard })
            {
                var policy = HtmlPolicy.Create(level, []);
                var (fast, fastBag) = Render(new MarkdownRenderer(BuildLimits.Default, policy), body);
                var (slow, slowBag) = Render(new MarkdownRenderer(BuildLimits.Default, policy) { AlwaysSanitize = true }, body);
                Assert.True(slow.Sanitized);
                if (!fast.Sanitized)
                {
                    Interlocked.Increment(ref shortcuts);
                }

                Assert.Equal(Normalized(BodyText.Html(slow.Body)), Normalized(BodyText.Html(fast.Body)));
                Assert.Equal(slowBag.Sorted().Select(d => d.ToString()), fastBag.Sorted().Select(d => d.ToString()));
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
        Assert.True(shortcuts > 100, $"only {shortcuts} renders took the shortcut: the test would not exercise it");
    }

    [Theory]
    [InlineData("ย่อหน้า [ลิงก์](https://www.example.go.th/) และ **ตัวหนา**", false)]
    [InlineData("| ก | ข |\n|---|---|\n| 1 | 2 |", false)]
    [InlineData("<b>x</b>", true)]
    [InlineData("ข้อ {.x}", true)]
    [InlineData("[ftp](ftp://x.example/)", false)] // refused by the URL policy (ITA3006) and written as "#" before sanitizing
    public void Only_bodies_the_sanitizer_could_change_go_through_it(string body, bool sanitized) =>
        Assert.Equal(sanitized, Render(new MarkdownRenderer(BuildLimits.Default, HtmlPolicy.Standard), body).Rendered.Sanitized);

    private static (RenderedMarkdown Rendered, DiagnosticBag Bag) Render(MarkdownRenderer renderer, string body)
    {
        var page = new GenericPage(new SourceFile("pages/x.md", "pages/x.md", body), new MarkdownBody(body, 1), [], "ทดสอบ", null, null);
        var resolver = new LinkResolver(
            new Dictionary<string, SitePath> { ["qa.md"] = new("/qa/"), ["pages/x.md"] = new("/x/") },
            new HashSet<string> { "/qa/", "/x/" },
            new Dictionary<string, AssetFile> { ["pages/files/a.pdf"] = new("pages/files/a.pdf", "pages/files/a.pdf", "/a.pdf", 1) });
        var bag = new DiagnosticBag();
        return (renderer.Render(page, new SitePath("/x/"), resolver, bag), bag);
    }

    /// <summary>The HTML as a browser reads it, serialised one way (boolean attributes written empty).</summary>
    private static string Normalized(string html)
    {
        var document = Parser.ParseDocument(string.Empty);
        document.Body!.InnerHtml = html;
        foreach (var element in document.Body.QuerySelectorAll("[disabled]"))
        {
            element.SetAttribute("disabled", string.Empty);
        }

        return document.Body.InnerHtml;
    }
}
