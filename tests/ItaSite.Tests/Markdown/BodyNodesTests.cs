using System.Text;
using ItaSite.Generator.Directives;
using ItaSite.Generator.Markdown;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ItaSite.Tests.Markdown;

/// <summary>
/// <see cref="BodyNodes"/> gathers in one walk what each pass of the markdown stage used to find with Markdig's own
/// <c>Descendants</c>: for random mixes of every construct the site enables, each list must hold the same nodes in the same
/// order, and the plain text must be what the former per-block builder gave.
/// </summary>
public class BodyNodesTests
{
    private static readonly string[] Fragments =
    [
        "ข้อความ **หนา [ลิงก์ใน](https://a.example/x) ตัวหนา** _เอียง_ `โค้ด`",
        "## หัวข้อ [ลิงก์](b.md)\n\n### หัวข้อสอง",
        "- ก [x](c.md)\n  - ข <https://auto.example/y>\n    - ค ![รูป](p.png)",
        "> อ้าง\n> > ซ้อน [ลิงก์](#a)\n> > ## หัวข้อในอ้าง",
        "| ก | [ข](d.md) |\n|:--|--:|\n| ![i](q.png) | <e@example.go.th> |",
        "ข้อ[^1]\n\n[^1]: เชิงอรรถ [ลิงก์](f.md)\n\n    โค้ดในเชิงอรรถ",
        "```\nโค้ด [ไม่ใช่ลิงก์](x)\n```",
        "[![รูปในลิงก์](r.png)](g.md)",
        "::data[executives]",
        "- รายการ\n\n  ::qr[eit]",
        "<div>html</div>\n\nย่อหน้า <b>ตัว</b>",
        "บรรทัด  \nต่อ\\\nอีก",
        "+---+---+\n| ก | ข |\n+===+===+\n| 1 | [l](h.md) |\n+---+---+",
    ];

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables().UseGridTables().UseEmphasisExtras().UseListExtras().UseFootnotes().UseAutoLinks().UseTaskLists()
        .UseGenericAttributes().Use<DirectiveExtension>().Build();

    [Fact]
    public void One_walk_finds_what_each_descendants_walk_found_in_the_same_order()
    {
        var random = new Random(31);
        for (var i = 0; i < 2_000; i++)
        {
            var body = string.Join("\n\n", Enumerable.Range(0, random.Next(1, 7)).Select(_ => Fragments[random.Next(Fragments.Length)]));
            var document = Markdig.Markdown.Parse(body, Pipeline);
            var nodes = BodyNodes.Of(document);
            Assert.Equal(document.Descendants<HeadingBlock>(), nodes.Headings);
            Assert.Equal(document.Descendants<LinkInline>(), nodes.Links);
            Assert.Equal(document.Descendants<AutolinkInline>(), nodes.Autolinks);
            Assert.Equal(document.Descendants<Table>(), nodes.Tables);
            Assert.Equal(document.Descendants<DirectiveBlock>(), nodes.Directives);
            Assert.Equal(document.Descendants<LeafBlock>(), nodes.Leaves);
            Assert.Equal(document.Descendants().Any(n => n is HtmlBlock or HtmlInline), nodes.HasRawHtml);
            Assert.Equal(ReferencePlainText(document), nodes.PlainText());
            foreach (var heading in nodes.Headings)
            {
                Assert.Equal(ReferenceInlineText(heading.Inline), BodyNodes.InlineText(heading.Inline));
            }
        }
    }

    // The former plain text: each leaf block's inline text (Descendants<Inline>, trimmed) or code, a line each.
    private static string ReferencePlainText(MarkdownDocument document)
    {
        var sb = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is not null)
            {
                sb.Append(ReferenceInlineText(block.Inline)).Append('\n');
            }
            else if (block is CodeBlock code)
            {
                sb.Append(code.Lines.ToString()).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string ReferenceInlineText(ContainerInline? container)
    {
        if (container is null)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
            }
        }

        return sb.ToString().Trim();
    }
}
