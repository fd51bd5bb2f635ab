using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace ItaSite.Generator.Directives;

/// <summary>
/// Recognises a line that is only <c>::name[argument]</c> (the "leaf directive" form of the generic-directives proposal) as a
/// <see cref="DirectiveBlock"/>; anything else starting with ':' stays ordinary text.
/// </summary>
public sealed partial class DirectiveBlockParser : BlockParser
{
    public DirectiveBlockParser()
    {
        OpeningCharacters = [':'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var match = Pattern().Match(processor.Line.ToString());
        if (!match.Success)
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new DirectiveBlock(this)
        {
            Name = match.Groups[1].Value,
            Argument = match.Groups[2].Value.Trim(),
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        });
        return BlockState.BreakDiscard;
    }

    [GeneratedRegex(@"^::([A-Za-z][A-Za-z0-9-]*)\[([^\]\n]*)\]\s*$")]
    private static partial Regex Pattern();
}
