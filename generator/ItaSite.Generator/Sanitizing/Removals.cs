namespace ItaSite.Generator.Sanitizing;

/// <summary>One kind of thing the sanitizer removed: the text to find it by in the source, and what to tell the editor.</summary>
internal sealed record Removal(string Needle, string Message);

/// <summary>Removals in the order first seen, each with how often it occurred (one warning per kind and page).</summary>
internal sealed class Removals
{
    private readonly Dictionary<Removal, int> _counts = [];
    private readonly List<Removal> _order = [];

    public IEnumerable<(Removal What, int Count)> Items => _order.Select(r => (r, _counts[r]));

    public void Add(Removal removal)
    {
        if (_counts.TryGetValue(removal, out var n))
        {
            _counts[removal] = n + 1;
            return;
        }

        _counts[removal] = 1;
        _order.Add(removal);
    }
}
