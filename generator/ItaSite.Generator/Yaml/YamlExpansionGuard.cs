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
    /// <summary>Why a text was refused and where.</summary>
    public sealed record Verdict(string Message, Mark Where);

    /// <summary>Null when within limits; otherwise where and why the text is refused.</summary>
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
                    case AnchorAlias alias when open.Any(o => o.Anchor == alias.Value.Value):
                        return new Verdict($"alias *{alias.Value.Value} refers to the block that contains it; such a loop never ends (การอ้างอิง *{alias.Value.Value} วนกลับมาที่ตัวเอง)", current.Start);
                    case AnchorAlias alias when !anchors.ContainsKey(alias.Value.Value):
                        return new Verdict($"alias *{alias.Value.Value} is used before its anchor &{alias.Value.Value} is defined (ไม่พบ &{alias.Value.Value} ก่อนหน้า)", current.Start);
                    case AnchorAlias alias:
                        count += anchors[alias.Value.Value];
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
                            return new Verdict($"YAML is nested more than {maxDepth} levels deep (ข้อมูลซ้อนกันลึกเกินไป)", current.Start);
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
                    return new Verdict($"YAML expands to more than {maxNodes:N0} values once aliases (*name) are followed; anchors and aliases must not multiply data (ข้อมูล YAML ขยายตัวเกินกำหนด)", current.Start);
                }
            }
        }
        catch (Exception ex) when (YamlLoader.IsParserFailure(ex))
        {
            // The loader reports syntax errors with its own position and message.
        }

        return null;
    }
}
