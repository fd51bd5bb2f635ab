using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ItaSite.Generator.Yaml;

/// <summary>
/// Measures a YAML text from its event stream before a node tree is built: the deepest nesting and the number of nodes once
/// every alias (<c>*name</c>) is counted as the whole subtree it stands for. YamlDotNet shares aliased nodes, but hashing or
/// walking them still costs their expanded size, so a "billion laughs" file of a few lines would otherwise take hours.
/// The parser is a state machine (no recursion), so this pass is safe on any input; syntax errors are left to the loader.
/// </summary>
public static class YamlExpansionGuard
{
    public sealed record Verdict(long ExpandedNodes, int Depth, Mark Where);

    /// <summary>Null when within limits; otherwise where the limit was passed and by how much.</summary>
    public static Verdict? Check(string text, long maxNodes, int maxDepth)
    {
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long StartCount)>();
        long count = 0;
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                switch (current)
                {
                    case AnchorAlias alias:
                        count += anchors.TryGetValue(alias.Value.Value, out var size) ? size : 1;
                        break;
                    case Scalar scalar:
                        count++;
                        if (!scalar.Anchor.IsEmpty)
                        {
                            anchors[scalar.Anchor.Value] = 1;
                        }

                        break;
                    case NodeEvent start when current is MappingStart or SequenceStart:
                        count++;
                        open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, count));
                        if (open.Count > maxDepth)
                        {
                            return new Verdict(count, open.Count, current.Start);
                        }

                        break;
                    case MappingEnd or SequenceEnd when open.Count > 0:
                        var (anchor, startCount) = open.Pop();
                        if (anchor is not null)
                        {
                            anchors[anchor] = count - startCount + 1;
                        }

                        break;
                }

                if (count > maxNodes)
                {
                    return new Verdict(count, open.Count, current.Start);
                }
            }
        }
        catch (YamlException)
        {
            // The loader reports syntax errors with its own position and message.
        }

        return null;
    }
}
