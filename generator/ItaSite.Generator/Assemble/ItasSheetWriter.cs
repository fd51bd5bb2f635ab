using System.Globalization;
using CsvHelper;
using ItaSite.Generator.Content;
using ItaSite.Generator.Framework;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Output;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Assemble;

/// <summary>
/// Writes <c>oit/&lt;year&gt;/itas.csv</c> for every assessment year: one row per framework item with its absolute URLs (the item
/// page first, then each piece of evidence) and a Thai click-path from the home page, ready to paste into the ITAS form.
/// UTF-8 with a BOM so Excel shows Thai; one cell may hold several URLs, one per line.
/// </summary>
public static class ItasSheetWriter
{
    public static IEnumerable<OutputFile> Write(SiteModel site, IReadOnlyDictionary<ContentPage, RenderedMarkdown> bodies) =>
        site.Frameworks.Values.OrderBy(f => f.Year).Select(f => OutputFile(f.Year, Rows(site, bodies, f)));

    public static IReadOnlyList<ItasRow> Rows(SiteModel site, IReadOnlyDictionary<ContentPage, RenderedMarkdown> bodies, IndicatorFramework framework) =>
        [.. framework.Items.Select(item => Row(site, bodies, framework.Year, item))];

    private static OutputFile OutputFile(int year, IReadOnlyList<ItasRow> rows)
    {
        using var bytes = new MemoryStream();
        using (var csv = CsvWriter.Create(bytes, DataExporter.CsvOptions(), leaveOpen: true))
        {
            csv.WriteHeader(ItasRow.Header);
            foreach (var row in rows)
            {
                csv.WriteRecord(row.Fields);
            }
        }

        return new OutputFile($"oit/{year.ToString(CultureInfo.InvariantCulture)}/itas.csv", bytes.ToArray(), null);
    }

    private static ItasRow Row(SiteModel site, IReadOnlyDictionary<ContentPage, RenderedMarkdown> bodies, int year, FrameworkItem item)
    {
        var bound = site.FindItem(year, item.Code);
        var title = bound?.Title ?? item.Title;
        var itemPath = SiteModel.ItemPath(year, item.Code);
        var clickPath = $"หน้าแรก > ITA {year} > {item.Code} {title}";
        if (bound is null)
        {
            return new ItasRow(item.Code.ToString(), item.SubIndicator.Id, title, Absolute(site, itemPath.Value), clickPath + " (ยังไม่ได้เผยแพร่ข้อมูล)");
        }

        var urls = new List<string> { Absolute(site, itemPath.Value) };
        var places = new List<string>();
        var body = bodies.GetValueOrDefault(bound.Page);
        foreach (var (component, index) in item.Components.Select((c, i) => (c, i + 1)))
        {
            var where = bound.Page.Evidence.Where(e => e.ComponentId == component.Id)
                .Select(e => Locate(site, bodies, bound, body, itemPath, e.Target, urls))
                .Distinct(StringComparer.Ordinal).ToList();
            if (where.Count > 0)
            {
                places.Add($"องค์ประกอบที่ {index} ที่{string.Join(" และ", where)}");
            }
        }

        var explanation = clickPath + (places.Count > 0 ? " > " + string.Join("; ", places) : string.Empty);
        if (!string.IsNullOrWhiteSpace(bound.Page.Summary))
        {
            explanation += " — " + bound.Page.Summary.Trim();
        }

        return new ItasRow(item.Code.ToString(), item.SubIndicator.Id, title, string.Join('\n', urls.Distinct(StringComparer.Ordinal)), explanation);
    }

    /// <summary>Describes where one piece of evidence is, in Thai, and records its absolute URL.</summary>
    private static string Locate(SiteModel site, IReadOnlyDictionary<ContentPage, RenderedMarkdown> bodies, BoundItem bound, RenderedMarkdown? body, SitePath itemPath, string target, List<string> urls)
    {
        var link = site.Links.Resolve(bound.Page.Source.ContentPath, target);
        switch (link.Kind)
        {
            case LinkKind.SamePageAnchor:
                urls.Add(Absolute(site, itemPath.Value, link.Fragment));
                return $"หัวข้อ \"{Heading(body, link.Fragment) ?? link.Fragment}\"";
            case LinkKind.Asset:
                urls.Add(Absolute(site, link.Target!.Value.Value));
                var attachment = bound.Page.Attachments.FirstOrDefault(a => a.ContentPath == link.AssetContentPath);
                return $"ไฟล์แนบ \"{attachment?.Title ?? Path.GetFileName(link.AssetContentPath)}\"";
            case LinkKind.Page:
                urls.Add(Absolute(site, link.Target!.Value.Value, link.Fragment));
                var page = PageTitle(site, bodies, link.Target!.Value, link.Fragment);
                return $"หน้า \"{page}\"";
            case LinkKind.External:
                urls.Add(link.Written);
                return $"เว็บไซต์ {link.Written}";
            default:
                return target;
        }
    }

    private static string PageTitle(SiteModel site, IReadOnlyDictionary<ContentPage, RenderedMarkdown> bodies, SitePath path, string? fragment)
    {
        var item = site.Items.FirstOrDefault(i => i.Url == path);
        var generic = site.Pages.FirstOrDefault(p => p.Url == path);
        var measure = site.Measures.FirstOrDefault(m => m.Url == path);
        ContentPage? page = (ContentPage?)item?.Page ?? (ContentPage?)generic?.Page ?? measure?.Page;
        var title = item is not null ? $"{item.Page.Code} {item.Title}" : generic?.Page.Title ?? measure?.Page.Title ?? path.Value;
        var heading = page is null ? null : Heading(bodies.GetValueOrDefault(page), fragment);
        return heading is null ? title : $"{title}\" หัวข้อ \"{heading}";
    }

    private static string? Heading(RenderedMarkdown? body, string? id) =>
        id is null ? null : body?.Headings.FirstOrDefault(h => h.Id == id)?.Text;

    private static string Absolute(SiteModel site, string sitePath, string? fragment = null) =>
        new Uri(site.Config.BaseUrl, sitePath.TrimStart('/') + (string.IsNullOrEmpty(fragment) ? string.Empty : "#" + fragment)).AbsoluteUri;
}
