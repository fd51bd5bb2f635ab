using ItaSite.Generator.Diagnostics;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using SourceSpan = ItaSite.Generator.Diagnostics.SourceSpan;

namespace ItaSite.Generator.Directives;

/// <summary>
/// Markdig extension: parses <c>::name[argument]</c> lines into <see cref="DirectiveBlock"/>s. They are not rendered as HTML:
/// the markdown stage cuts the body at each one and hands it to the theme as a typed part.
/// </summary>
public sealed class DirectiveExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<DirectiveBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new DirectiveBlockParser());
        }
    }

    /// <summary>Nothing to set up: the markdown stage renders each directive as a cut of its own (<c>BodyPieces</c>).</summary>
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    public static IReadOnlyList<DirectiveUse> Uses(MarkdownDocument document, string displayPath, int firstLine) =>
        [.. document.OfType<DirectiveBlock>().Select(d => new DirectiveUse(d.Name, d.Argument, new SourceSpan(displayPath, d.Line + firstLine, d.Column + 1)))];

    /// <summary>
    /// A directive places a whole block (a table, a QR code), so it stands at the top level of the body; one inside a list,
    /// quote or footnote is removed and reported, which keeps every cut between whole blocks.
    /// </summary>
    /// <param name="directives">The body's directives in document order (each where the parser put it).</param>
    public static void RemoveNested(IReadOnlyList<DirectiveBlock> directives, string displayPath, int firstLine, DiagnosticBag diagnostics)
    {
        foreach (var nested in directives.Where(d => d.Parent is not MarkdownDocument))
        {
            diagnostics.Error(DiagnosticCodes.NestedDirective, new SourceSpan(displayPath, nested.Line + firstLine, nested.Column + 1), $"::{nested.Name}[…] places a whole block, so it must stand on a line of its own in the body, not inside a list, quote or footnote; move it out (คำสั่ง ::{nested.Name} ต้องอยู่บรรทัดของตัวเอง ไม่อยู่ในรายการหรือข้อความอ้างอิง)");
            nested.Parent!.Remove(nested);
        }
    }
}
