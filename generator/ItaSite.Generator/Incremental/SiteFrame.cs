using System.Collections.Frozen;
using ItaSite.Generator.Data.Loading;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Incremental;

/// <summary>
/// The objects every page's inputs point at (the site, its data, its link table), compared once per pair by what a page can
/// read through them beyond its own model: site.yaml and what is derived from it, the data files, the assets, the published
/// paths, the years and frameworks, and the partials. A page's own content (its page record, body, the titles and items it
/// shows) is in its model and compared there, by value (<see cref="ValueEquality"/>).
/// </summary>
public static class SiteFrame
{
    /// <summary>The types compared as frames rather than field by field.</summary>
    public static IReadOnlySet<Type> Types { get; } = new[] { typeof(SiteModel), typeof(DataCatalog), typeof(LinkResolver) }.ToFrozenSet();

    /// <summary>A comparer for one build: pages compare their models by value and these frames by <see cref="Same"/>.</summary>
    public static ValueEquality Comparer(FieldReaders readers)
    {
        ValueEquality? comparer = null;
        comparer = new ValueEquality(Types, (a, b) => Same(comparer!, a, b), readers);
        return comparer;
    }

    private static bool Same(ValueEquality values, object a, object b) => (a, b) switch
    {
        (LinkResolver x, LinkResolver y) => values.SameFields(x, y),
        (DataCatalog x, DataCatalog y) => values.Same(x.Sets, y.Sets),
        (SiteModel x, SiteModel y) => values.Same(Frame(x), Frame(y)),
        _ => false,
    };

    // The measures are left out on purpose: item pages carry their year's measures in their models; the improvement-plan table
    // a data page may show reads measure titles through the site (see the report of issue 12).
    private static object?[] Frame(SiteModel site) =>
    [
        site.Config, site.Content.SiteFile, site.Content.DataFiles, site.Content.Assets, site.Content.Markdown.Select(m => m.ContentPath).ToArray(),
        site.Links, site.Frameworks, site.Years, site.Partials, site.BrokenFrameworkYears,
    ];
}
