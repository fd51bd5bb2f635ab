using Markdig.Parsers;
using Markdig.Syntax;

namespace ItaSite.Generator.Directives;

/// <summary>A leaf directive line in a Markdown body: <c>::data[procurement-2566]</c> or <c>::qr[eit]</c>.</summary>
public sealed class DirectiveBlock(BlockParser parser) : LeafBlock(parser)
{
    public string Name { get; init; } = string.Empty;

    public string Argument { get; init; } = string.Empty;
}
