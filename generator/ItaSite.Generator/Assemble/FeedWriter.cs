using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using ItaSite.Generator.Content;
using ItaSite.Generator.Data;
using ItaSite.Generator.Data.Loading;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Output;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Assemble;

/// <summary>
/// Writes the Atom feed (RFC 4287) <c>feed.xml</c> of every <c>kind: news</c> data file, newest first. An entry links to its
/// <c>page</c> or <c>url</c>, else to the page that shows its news list. Ids are tag URIs made from the host, the date and a
/// hash of the title, so they survive reordering the file. Without news the feed is still written (a valid, empty feed),
/// because every page links to it.
/// </summary>
public static class FeedWriter
{
    public const string Path = "feed.xml";
    public const string Namespace = "http://www.w3.org/2005/Atom";
    private const int MaxEntries = 50;

    public static OutputFile Write(SiteModel site, DataCatalog data, IReadOnlyDictionary<ContentPage, RenderedMarkdown> bodies, DiagnosticBag diagnostics)
    {
        var entries = data.Sets.Values.OfType<NewsSet>().OrderBy(s => s.Id, StringComparer.Ordinal)
            .SelectMany(set => set.Entries.Select(e => (Set: set, Entry: e, Link: Link(site, bodies, set, e, diagnostics))))
            .OrderByDescending(x => x.Entry.Date).ThenBy(x => x.Set.Id, StringComparer.Ordinal)
            .Take(MaxEntries).ToList();
        // Without news: the start of the newest assessment year's fiscal year, a fixed date so builds stay byte-identical.
        var updated = entries.Count > 0 ? entries[0].Entry.Date : new DateOnly(Math.Clamp(site.Frameworks.Keys.DefaultIfEmpty(2544).Max() - 544, 1, 9998), 10, 1);
        using var bytes = new MemoryStream();
        using (var xml = XmlWriter.Create(bytes, SitemapWriter.XmlSettings()))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteAttributeString("xml", "lang", null, "th");
            xml.WriteElementString("id", Namespace, site.Config.BaseUrl.AbsoluteUri);
            xml.WriteElementString("title", Namespace, $"ข่าวประชาสัมพันธ์ {site.Config.Name}");
            xml.WriteElementString("updated", Namespace, Timestamp(updated));
            Link(xml, "self", SitemapWriter.Absolute(site, new SitePath("/" + Path)));
            Link(xml, "alternate", site.Config.BaseUrl.AbsoluteUri);
            xml.WriteStartElement("author", Namespace);
            xml.WriteElementString("name", Namespace, site.Config.Name);
            xml.WriteEndElement();
            foreach (var (set, entry, link) in entries)
            {
                xml.WriteStartElement("entry", Namespace);
                xml.WriteElementString("id", Namespace, EntryId(site, set, entry));
                xml.WriteElementString("title", Namespace, entry.Title);
                xml.WriteElementString("updated", Namespace, Timestamp(entry.Date));
                Link(xml, "alternate", link);
                if (!string.IsNullOrWhiteSpace(entry.Summary))
                {
                    xml.WriteElementString("summary", Namespace, entry.Summary);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        bytes.WriteByte((byte)'\n');
        return new OutputFile(Path, bytes.ToArray(), null);
    }

    private static string Link(SiteModel site, IReadOnlyDictionary<ContentPage, RenderedMarkdown> bodies, NewsSet set, NewsEntry entry, DiagnosticBag diagnostics)
    {
        if (entry.Url is not null)
        {
            return entry.Url;
        }

        if (entry.Page is not null)
        {
            if (site.FindPage(entry.Page) is { } page)
            {
                return SitemapWriter.Absolute(site, page);
            }

            diagnostics.Error(DiagnosticCodes.NewsLink, entry.Span, $"news entry '{entry.Title}': page '{entry.Page}' is not a page of this site (ไม่พบหน้าที่ระบุ)");
        }

        return SitemapWriter.Absolute(site, ListPage(site, bodies, set) ?? new SitePath("/"));
    }

    /// <summary>The first page, by path, whose body places this news list with <c>::data[id]</c>.</summary>
    private static SitePath? ListPage(SiteModel site, IReadOnlyDictionary<ContentPage, RenderedMarkdown> bodies, NewsSet set)
    {
        // A loop, not LINQ over (page, SitePath) tuples, whose generic code the ReadyToRun image lacks (issue 19).
        string? first = null;
        void Consider(ContentPage page, SitePath url)
        {
            if ((first is null || string.CompareOrdinal(url.Value, first) < 0) && bodies.TryGetValue(page, out var body)
                && body.Directives.Any(d => d.Name == "data" && d.Argument == set.Id))
            {
                first = url.Value;
            }
        }

        foreach (var item in site.Items)
        {
            Consider(item.Page, item.Url);
        }

        foreach (var measure in site.Measures)
        {
            Consider(measure.Page, measure.Url);
        }

        foreach (var page in site.Pages)
        {
            Consider(page.Page, page.Url);
        }

        return first is null ? null : new SitePath(first);
    }

    private static string EntryId(SiteModel site, NewsSet set, NewsEntry entry)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(set.Id + "\n" + entry.Title)))[..16];
        return $"tag:{site.Config.BaseUrl.IdnHost},{entry.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}:{site.Config.BaseUrl.AbsolutePath}{set.Id}/{hash}";
    }

    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00+07:00";

    private static void Link(XmlWriter xml, string rel, string href)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
