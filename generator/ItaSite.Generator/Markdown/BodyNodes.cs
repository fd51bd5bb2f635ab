using System.Text;
using ItaSite.Generator.Directives;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ItaSite.Generator.Markdown;

/// <summary>
/// The nodes of a parsed body that the markdown stage reads or rewrites, gathered in one walk in document order (the order of
/// Markdig's <c>Descendants</c>, which is pre-order too). Each pass over a body (directives, heading ids, links, table
/// alignment, the sanitizer shortcut, the plain text) used to walk the whole tree again, through nested iterators: together
/// more time than parsing the body. The walk does not change the tree; the passes change only nodes' attributes and URLs,
/// and remove nested directives, which are leaves.
/// </summary>
internal sealed class BodyNodes
{
    public List<DirectiveBlock> Directives { get; } = [];

    public List<HeadingBlock> Headings { get; } = [];

    public List<LinkInline> Links { get; } = [];

    public List<AutolinkInline> Autolinks { get; } = [];

    public List<Table> Tables { get; } = [];

    public List<LeafBlock> Leaves { get; } = [];

    /// <summary>Whether raw HTML (an HTML block or inline tag) was written anywhere in the body.</summary>
    public bool HasRawHtml { get; private set; }

    public static BodyNodes Of(MarkdownDocument document)
    {
        var nodes = new BodyNodes();
        var pending = new Stack<MarkdownObject>();
        pending.Push(document);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case ContainerBlock container:
                    nodes.Add(container);
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        pending.Push(container[i]);
                    }

                    break;
                case LeafBlock leaf:
                    nodes.Add(leaf);
                    if (leaf.Inline is { } root)
                    {
                        PushChildren(root, pending);
                    }

                    break;
                case Inline inline:
                    nodes.Add(inline);
                    if (inline is ContainerInline children)
                    {
                        PushChildren(children, pending);
                    }

                    break;
            }
        }

        return nodes;
    }

    /// <summary>The text of an inline container (literals, code, a space per line break), trimmed.</summary>
    public static string InlineText(ContainerInline? container)
    {
        if (container is null)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        AppendInlineText(container, sb);
        return sb.ToString().Trim();
    }

    /// <summary>Each leaf block's text on a line of its own (inline text trimmed, code as written): what search indexes.</summary>
    public string PlainText()
    {
        var sb = new StringBuilder();
        foreach (var block in Leaves)
        {
            if (block.Inline is not null)
            {
                var start = sb.Length;
                AppendInlineText(block.Inline, sb);
                TrimFrom(sb, start);
                sb.Append('\n');
            }
            else if (block is CodeBlock code)
            {
                sb.Append(code.Lines.ToString()).Append('\n');
            }
        }

        return sb.ToString();
    }

    private void Add(ContainerBlock block)
    {
        if (block is Table table)
        {
            Tables.Add(table);
        }
    }

    private void Add(LeafBlock block)
    {
        Leaves.Add(block);
        switch (block)
        {
            case HeadingBlock heading:
                Headings.Add(heading);
                break;
            case DirectiveBlock directive:
                Directives.Add(directive);
                break;
            case HtmlBlock:
                HasRawHtml = true;
                break;
        }
    }

    private void Add(Inline inline)
    {
        switch (inline)
        {
            case LinkInline link:
                Links.Add(link);
                break;
            case AutolinkInline autolink:
                Autolinks.Add(autolink);
                break;
            case HtmlInline:
                HasRawHtml = true;
                break;
        }
    }

    private static void PushChildren(ContainerInline container, Stack<MarkdownObject> pending)
    {
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
        {
            pending.Push(child);
        }
    }

    // Pre-order over the container's descendants, as ContainerInline.Descendants<Inline>() visits them.
    private static void AppendInlineText(ContainerInline container, StringBuilder sb)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
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
                case ContainerInline children:
                    AppendInlineText(children, sb);
                    break;
            }
        }
    }

    // What string.Trim() would leave of the text appended since `start`.
    private static void TrimFrom(StringBuilder sb, int start)
    {
        var end = sb.Length;
        while (end > start && char.IsWhiteSpace(sb[end - 1]))
        {
            end--;
        }

        sb.Length = end;
        var first = start;
        while (first < end && char.IsWhiteSpace(sb[first]))
        {
            first++;
        }

        sb.Remove(start, first - start);
    }
}
