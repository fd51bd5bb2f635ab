using ItaSite.Generator.Content;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Incremental;

/// <summary>
/// What <see cref="SiteRebinder.TrySwap"/> made: the model, the model it was made from, the new versions of the swapped pages,
/// and whether the site's shape and the titles other pages show are unchanged.
/// </summary>
public sealed record SwappedSite(SiteModel Site, SiteModel From, IReadOnlyList<ContentPage> Swapped, bool ShapeKept, bool TitlesKept);

/// <summary>
/// Rebinds a site after edits that leave every page where it was: the previous <see cref="SiteModel"/> with the edited pages
/// swapped in, instead of binding every page again. The caller guarantees site.yaml, the data files (frameworks) and the
/// assets are the same objects as in the previous bind, and the previous bind reported no error. An edited page may be swapped
/// when it is the same kind of page at the same path and keeps everything binding reads from it: an item its year, code and
/// evidence components, a measure its year, number and indicators. Anything else returns null (bind in full).
/// </summary>
public static class SiteRebinder
{
    /// <summary>At most this many edited pages are swapped; more is a bulk change, bound in full.</summary>
    public const int MaxSwaps = 64;

    public static SwappedSite? TrySwap(SiteModel previous, IReadOnlyList<ContentPage> previousPages, IReadOnlyList<ContentPage> pages, SiteConfig config, ContentSet content)
    {
        if (previousPages.Count != pages.Count)
        {
            return null;
        }

        var swaps = new List<(ContentPage Old, ContentPage New)>();
        for (var i = 0; i < pages.Count; i++)
        {
            if (ReferenceEquals(previousPages[i], pages[i]))
            {
                continue;
            }

            if (swaps.Count == MaxSwaps || !Swappable(previousPages[i], pages[i]))
            {
                return null;
            }

            swaps.Add((previousPages[i], pages[i]));
        }

        var shapeKept = true;
        var titlesKept = true;
        foreach (var (old, now) in swaps)
        {
            switch (old, now)
            {
                case (GenericPage a, GenericPage b):
                    shapeKept &= a.Menu == b.Menu && (a.Menu is null || a.Title == b.Title);
                    titlesKept &= a.Title == b.Title;
                    break;
                case (ItemPage a, ItemPage b):
                    titlesKept &= a.Title == b.Title;
                    break;
            }
        }

        var site = previous with
        {
            Config = config,
            Content = content,
            Items = Swap(previous.Items, swaps, b => b.Page, (b, p) => b with { Page = (ItemPage)p }),
            Measures = Swap(previous.Measures, swaps, b => b.Page, (b, p) => b with { Page = (MeasurePage)p }),
            Pages = Swap(previous.Pages, swaps, b => b.Page, (b, p) => b with { Page = (GenericPage)p }),
        };
        return new SwappedSite(site, previous, [.. swaps.Select(s => s.New)], shapeKept, titlesKept);
    }

    private static bool Swappable(ContentPage old, ContentPage now)
    {
        if (old.GetType() != now.GetType()
            || old.Source.ContentPath != now.Source.ContentPath
            || old.Source.DisplayPath != now.Source.DisplayPath)
        {
            return false;
        }

        return (old, now) switch
        {
            (GenericPage, GenericPage) => true,
            (ItemPage a, ItemPage b) => a.Year == b.Year && a.Code == b.Code
                && a.Evidence.Select(e => e.ComponentId).SequenceEqual(b.Evidence.Select(e => e.ComponentId), StringComparer.Ordinal),
            (MeasurePage a, MeasurePage b) => a.Year == b.Year && a.Number == b.Number
                && a.Indicators.Select(x => x.Code).SequenceEqual(b.Indicators.Select(x => x.Code))
                && a.PerceptionIndicators.Select(x => x.Number).SequenceEqual(b.PerceptionIndicators.Select(x => x.Number)),
            _ => false,
        };
    }

    private static IReadOnlyList<T> Swap<T>(IReadOnlyList<T> bound, List<(ContentPage Old, ContentPage New)> swaps, Func<T, ContentPage> page, Func<T, ContentPage, T> with)
    {
        var relevant = swaps.Where(s => s.Old is not null && Matches<T>(s.Old)).ToList();
        if (relevant.Count == 0)
        {
            return bound;
        }

        var result = new T[bound.Count];
        for (var i = 0; i < bound.Count; i++)
        {
            var item = bound[i];
            var own = page(item);
            result[i] = item;
            foreach (var (old, now) in relevant)
            {
                if (ReferenceEquals(own, old))
                {
                    result[i] = with(item, now);
                    break;
                }
            }
        }

        return result;
    }

    private static bool Matches<T>(ContentPage page) => page switch
    {
        ItemPage => typeof(T) == typeof(BoundItem),
        MeasurePage => typeof(T) == typeof(BoundMeasure),
        GenericPage => typeof(T) == typeof(BoundPage),
        _ => false,
    };
}
