using System.Collections.Concurrent;
using ItaSite.Generator.Output;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Incremental;

/// <summary>
/// Rendered HTML per published page, reused while the page's fingerprint (the versions of everything it is made from, see
/// <see cref="PageFingerprints"/>) is unchanged. Thread-safe: theme workers read and store concurrently.
/// </summary>
public sealed class RenderedPageCache(IReadOnlyDictionary<string, string> fingerprints, ConcurrentDictionary<string, RenderedPageCache.Entry> store)
{
    public sealed record Entry(string Fingerprint, byte[] Html);

    public int Rendered => _rendered;

    private int _rendered;

    public bool TryGet(SitePath url, out byte[] html)
    {
        if (fingerprints.TryGetValue(url.Value, out var fingerprint)
            && store.TryGetValue(url.Value, out var entry)
            && entry.Fingerprint == fingerprint)
        {
            html = entry.Html;
            return true;
        }

        html = [];
        return false;
    }

    public void Store(ComposedPage page, byte[] html)
    {
        Interlocked.Increment(ref _rendered);
        if (fingerprints.TryGetValue(page.Url.Value, out var fingerprint))
        {
            store[page.Url.Value] = new Entry(fingerprint, html);
        }
        else
        {
            store.TryRemove(page.Url.Value, out _);
        }
    }
}
