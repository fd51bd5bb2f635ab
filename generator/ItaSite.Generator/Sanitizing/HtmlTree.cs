using System.Text;
using AngleSharp.Dom;

namespace ItaSite.Generator.Sanitizing;

/// <summary>The sanitizer's walk over the parsed tree, all without recursion so no input can exhaust the stack.</summary>
internal static class HtmlTree
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>Queues the children of <paramref name="parent"/> so they are visited in document order.</summary>
    public static void PushChildren(Stack<(INode, int)> pending, INode parent, int depth)
    {
        for (var i = parent.ChildNodes.Length - 1; i >= 0; i--)
        {
            pending.Push((parent.ChildNodes[i], depth));
        }
    }

    /// <summary>Replaces an element by its children (which are then visited at the element's depth).</summary>
    public static void Unwrap(IElement element, int depth, Stack<(INode, int)> pending)
    {
        var parent = element.Parent!;
        var children = element.ChildNodes.ToList();
        foreach (var child in children)
        {
            parent.InsertBefore(child, element);
        }

        parent.RemoveChild(element);
        for (var i = children.Count - 1; i >= 0; i--)
        {
            pending.Push((children[i], depth));
        }
    }

    /// <summary>The text under a node, collected without recursion.</summary>
    public static string TextOf(INode node)
    {
        var sb = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current is IText text)
            {
                sb.Append(text.Data);
            }

            for (var i = current.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push(current.ChildNodes[i]);
            }
        }

        return sb.ToString();
    }

    /// <summary>Open tags minus closing tags at the worst point, counted on the text: cheap, and an upper bound of the real nesting.</summary>
    public static int EstimateDepth(string html)
    {
        int depth = 0, max = 0;
        for (var i = html.IndexOf('<'); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            var next = html[i + 1];
            if (next == '/')
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (!char.IsAsciiLetter(next))
            {
                continue;
            }

            var end = i + 1;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            var close = html.IndexOf('>', end);
            var selfClosing = close > 0 && html[close - 1] == '/';
            if (!selfClosing && !VoidElements.Contains(html[(i + 1)..end]))
            {
                max = Math.Max(max, ++depth);
            }
        }

        return max;
    }
}
