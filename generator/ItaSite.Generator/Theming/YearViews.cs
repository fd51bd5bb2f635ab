using ItaSite.Generator.Content;
using ItaSite.Generator.Framework;
using ItaSite.Generator.Output;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Theming;

/// <summary>
/// What the theme shows about years: each year's summary (current, archive, draft), the year switcher's links and the year
/// entries of the main navigation (the current year, drafts, and the years index when there are past years).
/// </summary>
public sealed class YearViews(SiteModel site)
{
    /// <summary>Every year, the current one first, then drafts (newest first), then the archive (newest first).</summary>
    public IReadOnlyList<YearSummary> Summaries() =>
        [.. site.Frameworks.Values.Select(Summary).OrderBy(Rank).ThenByDescending(y => y.Year)];

    public YearSummary Summary(IndicatorFramework framework)
    {
        var items = site.Items.Where(i => i.Page.Year == framework.Year).ToList();
        var year = framework.Year;
        return new YearSummary(
            year,
            SiteModel.OitIndexPath(year),
            framework.Items.Count,
            items.Count,
            items.Count(i => i.Page.Status == PageStatus.Done),
            year == site.Years.Current,
            site.Years.IsArchive(year),
            site.Years.IsDraft(year));
    }

    /// <summary>For the year switcher: each year's index, or <paramref name="samePage"/>'s counterpart in that year when it has one.</summary>
    public IReadOnlyList<YearLink> Links(Func<int, SitePath?>? samePage = null) =>
        [.. site.Frameworks.Keys.OrderDescending().Select(y => new YearLink(
            y,
            samePage?.Invoke(y) ?? SiteModel.OitIndexPath(y),
            y == site.Years.Current,
            site.Years.IsArchive(y),
            site.Years.IsDraft(y)))];

    /// <summary>The items of the site's other years that carry the topic of <paramref name="code"/> of <paramref name="year"/>, newest first.</summary>
    public IReadOnlyList<TopicLink> SameTopic(int year, IndicatorCode code)
    {
        var topics = site.Catalog.SameTopic(year, code);
        var links = new List<TopicLink>();

        // The catalog gives each year once, oldest first.
        for (var t = topics.Count - 1; t >= 0; t--)
        {
            var topic = topics[t];
            if (!site.Frameworks.ContainsKey(topic.Year))
            {
                continue;
            }

            foreach (var item in topic.Items)
            {
                links.Add(new TopicLink(
                    topic.Year,
                    item.Code.ToString(),
                    site.FindItem(topic.Year, item.Code)?.Title ?? item.Title,
                    SiteModel.ItemPath(topic.Year, item.Code),
                    topic.Year == site.Years.Current,
                    site.Years.IsArchive(topic.Year),
                    site.Years.IsDraft(topic.Year)));
            }
        }

        return links;
    }

    /// <summary>For the year switcher of an item page: the first item of the same topic (<see cref="SameTopic"/>) in each other year.</summary>
    public static Func<int, SitePath?> TopicInYear(int year, IndicatorCode code, IReadOnlyList<TopicLink> topic) =>
        other => other == year ? SiteModel.ItemPath(year, code) : topic.FirstOrDefault(t => t.Year == other)?.Url;

    /// <summary>The year entries of the main navigation.</summary>
    public IEnumerable<NavLink> Nav()
    {
        var years = site.Frameworks.Keys.ToList();
        if (years.Count == 0)
        {
            yield break;
        }

        var current = site.Years.Current;
        if (years.Contains(current))
        {
            yield return new NavLink($"ITA {current}", SiteModel.OitIndexPath(current));
        }

        foreach (var draft in years.Where(y => y != current && site.Years.IsDraft(y)).OrderDescending())
        {
            yield return new NavLink($"ITA {draft} (ร่าง)", SiteModel.OitIndexPath(draft));
        }

        foreach (var later in years.Where(y => y > current && !site.Years.IsDraft(y)).OrderDescending())
        {
            yield return new NavLink($"ITA {later}", SiteModel.OitIndexPath(later));
        }

        if (years.Any(site.Years.IsArchive))
        {
            yield return new NavLink("ITA ย้อนหลัง", SiteModel.YearsIndexPath);
        }
    }

    private static int Rank(YearSummary year) => year.IsCurrent ? 0 : year.IsDraft ? 1 : year.IsArchive ? 3 : 2;
}
