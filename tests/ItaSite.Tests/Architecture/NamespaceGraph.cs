using System.Reflection;

namespace ItaSite.Tests.Architecture;

/// <summary>The namespaces of an assembly under a prefix and which of them use which, with one example type pair per edge.</summary>
public sealed class NamespaceGraph
{
    private readonly Dictionary<string, SortedDictionary<string, string>> _edges = new(StringComparer.Ordinal);

    /// <param name="depth">How many dotted parts name a node: 3 groups <c>ItaSite.Generator.Data.Loading</c> under <c>ItaSite.Generator.Data</c>; null keeps full namespaces.</param>
    public static NamespaceGraph Of(Assembly assembly, string prefix, int? depth = null)
    {
        var graph = new NamespaceGraph();
        foreach (var type in assembly.GetTypes())
        {
            var from = Node(type, prefix, depth);
            if (from is null)
            {
                continue;
            }

            graph._edges.TryAdd(from, new SortedDictionary<string, string>(StringComparer.Ordinal));
            foreach (var used in TypeReferences.Of(type))
            {
                if (used.Assembly == assembly && Node(used, prefix, depth) is { } to && to != from)
                {
                    graph._edges[from].TryAdd(to, $"{type.FullName} uses {used.FullName}");
                }
            }
        }

        return graph;
    }

    public IReadOnlyCollection<string> Nodes => _edges.Keys;

    public IEnumerable<string> Uses(string node) => _edges.TryGetValue(node, out var to) ? to.Keys : [];

    public string Example(string from, string to) => _edges[from][to];

    /// <summary>Every set of namespaces that reach each other (Tarjan's strongly connected components of more than one node).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var cycles = new List<IReadOnlyList<string>>();
        foreach (var node in _edges.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return cycles;

        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            foreach (var w in Uses(v))
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (stack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }

            if (low[v] == index[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    component.Add(w);
                }
                while (w != v);
                if (component.Count > 1)
                {
                    component.Sort(StringComparer.Ordinal);
                    cycles.Add(component);
                }
            }
        }
    }

    /// <summary>A cycle as text: each namespace of it with the edges it has to the others and one type pair for each.</summary>
    public string Describe(IReadOnlyList<string> cycle) =>
        string.Join("\n", cycle.SelectMany(from => Uses(from).Where(cycle.Contains).Select(to => $"  {from} -> {to}   ({Example(from, to)})")));

    private static string? Node(Type type, string prefix, int? depth)
    {
        var ns = type.Namespace;
        if (ns is null || !(ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal)))
        {
            return null;
        }

        return depth is { } d ? string.Join('.', ns.Split('.').Take(d)) : ns;
    }
}
