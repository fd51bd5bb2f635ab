using ItaSite.Generator.Content;
using ItaSite.Generator.Framework;
using ItaSite.Generator.Links;
using ItaSite.Generator.Output;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Theming;

/// <summary>
/// The main navigation: site.yaml's <c>menu:</c> in the order written, or the default — home, the current year's OIT index,
/// the other years, pages with <c>menu:</c> in their front matter, the anti-corruption channel right beside general complaints,
/// E-Service when the site has one, and Q&amp;A. Entries the link check refused are left out (the build has failed anyway).
/// </summary>
public static class SiteMenu
{
    public static IReadOnlyList<NavLink> Build(SiteModel site) =>
        site.Config.Menu is { } written ? [.. written.Select(e => Link(site, e)).OfType<NavLink>()] : Default(site);

    private static List<NavLink> Default(SiteModel site)
    {
        var config = site.Config;
        var nav = new List<NavLink> { new("หน้าแรก", new SitePath("/")) };
        nav.AddRange(new YearViews(site).Nav());
        nav.AddRange(site.Pages
            .Where(p => p.Page.Menu is not null && p.Url.Value != "/")
            .OrderBy(p => p.Page.Menu)
            .ThenBy(p => p.Url.Value, StringComparer.Ordinal)
            .Select(p => new NavLink(p.Page.Title, p.Url)));

        var general = Channel(site, config.GeneralComplaints, "ร้องเรียน/ร้องทุกข์");
        var corruption = Channel(site, config.AntiCorruption, "แจ้งเบาะแสการทุจริต");
        var at = general is null ? -1 : nav.FindIndex(n => n.SameTarget(general));
        if (general is not null && at < 0)
        {
            nav.Add(general);
            at = nav.Count - 1;
        }

        if (corruption is not null && !nav.Any(n => n.SameTarget(corruption)))
        {
            nav.Insert(at < 0 ? nav.Count : at, corruption);
        }

        if (config.EService is { } eService && Link(site, eService) is { } eLink && !nav.Any(n => n.SameTarget(eLink)))
        {
            nav.Add(eLink);
        }

        if (site.FindPage("/qa/") is { } qa && !nav.Any(n => n.Path == qa))
        {
            nav.Add(new NavLink("ถาม-ตอบ (Q&A)", qa));
        }

        return nav;
    }

    /// <summary>A complaint channel as a menu entry: its page on the site, else its outside address.</summary>
    private static NavLink? Channel(SiteModel site, ComplaintChannel channel, string label) =>
        site.FindPage(channel.Page) is { } page ? new NavLink(label, page)
        : channel.Url is { Length: > 0 } url ? new NavLink(label, null, url)
        : null;

    private static NavLink? Link(SiteModel site, MenuEntry entry) => entry.Kind switch
    {
        MenuTargetKind.Page => site.FindPage(entry.Target) is { } page ? new NavLink(entry.Label, page) : null,
        MenuTargetKind.OitIndex => site.Frameworks.ContainsKey(entry.Year ?? 0) ? new NavLink(entry.Label, SiteModel.OitIndexPath(entry.Year!.Value)) : null,
        MenuTargetKind.Item => ItemLink(site, entry),
        _ => new NavLink(entry.Label, null, entry.Target),
    };

    private static NavLink? ItemLink(SiteModel site, MenuEntry entry)
    {
        var year = SiteReferences.YearOf(site.Config, entry);
        return site.Frameworks.TryGetValue(year, out var framework) && IndicatorCode.TryParse(entry.Target, out var code) && framework.Find(code) is not null
            ? new NavLink(entry.Label, SiteModel.ItemPath(year, code))
            : null;
    }
}
