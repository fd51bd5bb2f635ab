using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ItaSite.Generator.Yaml;

/// <summary>
/// A parser that measures the events it passes on to the node builder: the deepest nesting and the number of nodes once every
/// alias (<c>*name</c>) is counted as the whole subtree it stands for. YamlDotNet shares aliased nodes, but hashing or walking
/// them still costs their expanded size, so a "billion laughs" file of a few lines would otherwise take hours. It refuses the
/// text (<see cref="Refused"/>) at the first event past a limit, before the builder sees it, so the builder never nests deeper
/// than the limit; measuring while the tree is built spares a second parse of every YAML text.
/// </summary>
public sealed class YamlExpansionGuard(IParser inner, long maxNodes, int maxDepth) : IParser
{
    private readonly Dictionary<string, long> _anchors = new(StringComparer.Ordinal);
    private readonly Stack<(string? Anchor, long StartCount)> _open = new();
    private long _count;

    /// <summary>Why a text was refused and where.</summary>
    public sealed class Refused(string message, Mark where) : Exception(message)
    {
        public Mark Where { get; } = where;
    }

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        Measure(inner.Current!);
        return true;
    }

    private void Measure(ParsingEvent current)
    {
        switch (current)
        {
            case AnchorAlias alias when _open.Any(o => o.Anchor == alias.Value.Value):
                throw new Refused($"alias *{alias.Value.Value} refers to the block that contains it; such a loop never ends (การอ้างอิง *{alias.Value.Value} วนกลับมาที่ตัวเอง)", current.Start);
            case AnchorAlias alias when !_anchors.ContainsKey(alias.Value.Value):
                throw new Refused($"alias *{alias.Value.Value} is used before its anchor &{alias.Value.Value} is defined (ไม่พบ &{alias.Value.Value} ก่อนหน้า)", current.Start);
            case AnchorAlias alias:
                _count += _anchors[alias.Value.Value];
                break;
            case Scalar scalar:
                _count++;
                if (!scalar.Anchor.IsEmpty)
                {
                    _anchors[scalar.Anchor.Value] = 1;
                }

                break;
            case NodeEvent start when current is MappingStart or SequenceStart:
                _count++;
                _open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, _count));
                if (_open.Count > maxDepth)
                {
                    throw new Refused($"YAML is nested more than {maxDepth} levels deep (ข้อมูลซ้อนกันลึกเกินไป)", current.Start);
                }

                break;
            case MappingEnd or SequenceEnd when _open.Count > 0:
                var (anchor, startCount) = _open.Pop();
                if (anchor is not null)
                {
                    _anchors[anchor] = _count - startCount + 1;
                }

                break;
        }

        if (_count > maxNodes)
        {
            throw new Refused($"YAML expands to more than {maxNodes:N0} values once aliases (*name) are followed; anchors and aliases must not multiply data (ข้อมูล YAML ขยายตัวเกินกำหนด)", current.Start);
        }
    }
}
