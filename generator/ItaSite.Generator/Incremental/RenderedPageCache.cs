using System.Collections.Concurrent;
using ItaSite.Generator.Output;
using ItaSite.Generator.Theming;

namespace ItaSite.Generator.Incremental;

/// <summary>
/// Rendered HTML per published page, reused while the page's fingerprint (the versions of everything it is made from, see
/// <see cref="PageFingerprints"/>) is unchanged. Thread-safe: theme workers read and store concurrently.
/// </summary>
public sealed class RenderedPageCache(IReadOnlyDictionary<string, string> fingerprints, ConcurrentDictionary<string, RenderedPageCache.Entry> store)
{
    public sealed record Entry(string Fingerprint, OutputFile File);

    public int Rendered => _rendered;

    private int _rendered;

    /// <summary>The page's previous output file (the same object, so later comparisons are by reference) while its fingerprint is unchanged.</summary>
    public bool TryGet(SitePath url, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out OutputFile? file)
    {
        if (fingerprints.TryGetValue(url.Value, out var fingerprint)
            && store.TryGetValue(url.Value, out var entry)
            && (ReferenceEquals(entry.Fingerprint, fingerprint) || entry.Fingerprint == fingerprint))
        {
            file = entry.File;
            return true;
        }

        file = null;
        return false;
    }

    public void Store(ComposedPage page, OutputFile file)
    {
        Interlocked.Increment(ref _rendered);
        if (fingerprints.TryGetValue(page.Url.Value, out var fingerprint))
        {
            store[page.Url.Value] = new Entry(fingerprint, file);
        }
        else
        {
            store.TryRemove(page.Url.Value, out _);
        }
    }
}
