using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Output;
using ItaSite.Generator.Publishing;
using ItaSite.Generator.Sanitizing;
using ItaSite.Generator.Site;

namespace ItaSite.Tests.Markdown;

/// <summary>
/// One <see cref="MarkdownRenderer"/> renders every page of a build and reuses its Markdig renderers: a page must come out as
/// it would from a fresh renderer, whatever was rendered before it, on any thread (table numbering restarts, no text of an
/// earlier page leaks, a page that failed does not spoil the next).
/// </summary>
public class RendererReuseTests
{
    private const string Tables = "## งบ\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n| c |\n|---|\n| 3 |\n";
    private const string Directive = "ก่อน\n\n::qr[eit]\n\nหลัง\n\n::data[executives-2569]\n";
    private const string Lists = "1. หนึ่ง\n   - ย่อย\n2. สอง\n\n> อ้าง\n> - ข้อ\n\n```\ncode\n```\n";

    [Fact]
    public void A_reused_renderer_writes_each_page_as_a_fresh_one_does()
    {
        var shared = new MarkdownRenderer(BuildLimits.Default, HtmlPolicy.Standard);
        var bodies = new[] { Tables, Lists, new string('[', 100_000), Tables, "ย่อหน้า *เน้น*", Directive, Lists, Tables, Directive };
        var expected = bodies.Select(b => Render(new MarkdownRenderer(BuildLimits.Default, HtmlPolicy.Standard), b)).ToArray();
        for (var round = 0; round < 3; round++)
        {
            var actual = new string[bodies.Length];
            Parallel.For(0, bodies.Length * 4, i => actual[i % bodies.Length] = Render(shared, bodies[i % bodies.Length]));
            Assert.Equal(expected, actual);
        }

        Assert.Contains("aria-label=\"ตารางที่ 1 งบ\"", expected[0], StringComparison.Ordinal);
        Assert.Contains("aria-label=\"ตารางที่ 2 งบ\"", expected[0], StringComparison.Ordinal);
        Assert.Equal(2, expected[5].Split("DirectivePart").Length - 1);
    }

    private static string Render(MarkdownRenderer renderer, string body)
    {
        var page = new GenericPage(new SourceFile("pages/x.md", "pages/x.md", body), new MarkdownBody(body, 1), [], "ทดสอบ", null, null);
        var resolver = new LinkResolver(new Dictionary<string, SitePath>(), new HashSet<string> { "/x/" }, new Dictionary<string, AssetFile>());
        return string.Join("\n", renderer.Render(page, new SitePath("/x/"), resolver, new DiagnosticBag()).Body.Parts);
    }
}
