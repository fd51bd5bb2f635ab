using System.Collections.Concurrent;

namespace ItaSite.Generator.Incremental;

/// <summary>
/// A thread-safe cache that keeps only what the last two uses asked for: <see cref="Rotate"/> starts a new generation, and
/// entries not asked for since the one before are dropped, so deleted or edited pages do not pile up over a long session.
/// </summary>
public sealed class GenerationCache<TKey, TValue>(IEqualityComparer<TKey> comparer) where TKey : notnull
{
    private ConcurrentDictionary<TKey, TValue> _previous = new(comparer);
    private ConcurrentDictionary<TKey, TValue> _current = new(comparer);

    public int Count => _current.Count;

    public void Rotate()
    {
        _previous = _current;
        _current = new ConcurrentDictionary<TKey, TValue>(comparer);
    }

    public TValue GetOrAdd(TKey key, Func<TKey, TValue> make)
    {
        if (_current.TryGetValue(key, out var value) || _previous.TryGetValue(key, out value))
        {
            _current[key] = value;
            return value;
        }

        value = make(key);
        _current[key] = value;
        return value;
    }

    /// <summary>Replaces the entry of <paramref name="key"/> in the current generation.</summary>
    public void Set(TKey key, TValue value) => _current[key] = value;
}
