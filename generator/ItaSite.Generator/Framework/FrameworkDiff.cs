namespace ItaSite.Generator.Framework;

/// <summary>How one item of the later framework relates to the earlier one.</summary>
public enum ItemChangeKind
{
    /// <summary>Same code and title.</summary>
    Continued,

    /// <summary>One earlier item under another code and/or title.</summary>
    Renamed,

    /// <summary>Several earlier items became this one.</summary>
    Merged,

    /// <summary>One earlier item became several, this among them.</summary>
    Split,

    /// <summary>No earlier item.</summary>
    Added,
}

/// <summary>A component that differs between the two versions of a continued item.</summary>
public sealed record ComponentChange(string Id, string? Before, string? After);

/// <summary>One item of the later framework and where it comes from.</summary>
public sealed record ItemChange(ItemChangeKind Kind, FrameworkItem Item, IReadOnlyList<FrameworkItem> From, IReadOnlyList<ComponentChange> Components, PeriodRule? PeriodBefore)
{
    public bool CodeChanged => From.Count == 1 && From[0].Code != Item.Code;

    public bool TitleChanged => From.Count == 1 && From[0].Title != Item.Title;
}

/// <summary>What changed from framework <see cref="Before"/> to <see cref="After"/>: every later item with its origin, and the earlier items that went away.</summary>
public sealed record FrameworkDiff(IndicatorFramework Before, IndicatorFramework After, IReadOnlyList<ItemChange> Items, IReadOnlyList<FrameworkItem> Removed)
{
    public int Count(ItemChangeKind kind) => Items.Count(i => i.Kind == kind);

    public int WithComponentChanges => Items.Count(i => i.Components.Count > 0 || i.PeriodBefore is not null);

    /// <summary>
    /// Compares two frameworks. Different years are matched through the mapping (<c>continues</c>), across the years between
    /// them if needed; two files of the same year (a site's correction against the shipped file) are matched by code.
    /// </summary>
    public static FrameworkDiff Compute(IndicatorFramework before, IndicatorFramework after, FrameworkCatalog catalog)
    {
        var origins = after.Items.ToDictionary(i => i.Code, i => Origins(before, after, i, catalog));
        var successors = origins.SelectMany(kv => kv.Value.Select(b => (Before: b.Code, After: kv.Key)))
            .GroupBy(x => x.Before).ToDictionary(g => g.Key, g => g.Count());
        var items = new List<ItemChange>();
        foreach (var item in after.Items)
        {
            var from = origins[item.Code];
            var kind = from.Count switch
            {
                0 => ItemChangeKind.Added,
                > 1 => ItemChangeKind.Merged,
                _ when successors[from[0].Code] > 1 => ItemChangeKind.Split,
                _ when from[0].Code == item.Code && from[0].Title == item.Title => ItemChangeKind.Continued,
                _ => ItemChangeKind.Renamed,
            };
            var components = from.Count == 1 ? CompareComponents(from[0], item) : [];
            PeriodRule? period = from.Count == 1 && from[0].Period != item.Period ? from[0].Period : null;
            items.Add(new ItemChange(kind, item, from, components, period));
        }

        var removed = before.Items.Where(b => !successors.ContainsKey(b.Code)).ToList();
        return new FrameworkDiff(before, after, items, removed);
    }

    private static List<FrameworkItem> Origins(IndicatorFramework before, IndicatorFramework after, FrameworkItem item, FrameworkCatalog catalog)
    {
        if (before.Year == after.Year)
        {
            return before.Find(item.Code) is { } same ? [same] : [];
        }

        var topic = catalog.SameTopic(after.Year, item.Code).FirstOrDefault(t => t.Year == before.Year);
        return topic is null ? [] : [.. topic.Items.Select(i => before.Find(i.Code)).OfType<FrameworkItem>()];
    }

    private static List<ComponentChange> CompareComponents(FrameworkItem before, FrameworkItem after)
    {
        var changes = new List<ComponentChange>();
        foreach (var component in after.Components)
        {
            var old = before.FindComponent(component.Id);
            if (old is null || old.Text != component.Text)
            {
                changes.Add(new ComponentChange(component.Id, old?.Text, component.Text));
            }
        }

        changes.AddRange(before.Components.Where(c => after.FindComponent(c.Id) is null).Select(c => new ComponentChange(c.Id, c.Text, null)));
        return changes;
    }
}
