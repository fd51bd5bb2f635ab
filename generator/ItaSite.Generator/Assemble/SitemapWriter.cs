using System.Globalization;
using System.Text;
using System.Xml;
using ItaSite.Generator.Output;
using ItaSite.Generator.Reuse;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Assemble;

/// <summary>
/// Writes <c>sitemap.xml</c> (sitemaps.org 0.9): every published HTML page of the build except the 404 and search pages, as an
/// absolute URL under <c>base_url</c>, with <c>lastmod</c> where the page has a date (an item's <c>updated</c>; a year's OIT
/// index the newest of its items). Pages without a date get no <c>lastmod</c> rather than a made-up one.
/// </summary>
public static class SitemapWriter
{
    public const string Path = "sitemap.xml";
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The sitemap of <paramref name="files"/>; written as a step (<paramref name="steps"/>) whose inputs are what it shows.</summary>
    public static OutputFile Write(SiteModel site, IEnumerable<OutputFile> files, IStepRunner? steps = null)
    {
        var inputs = new SitemapInputs(site.Config.BaseUrl, PageDates(site), [.. files.Select(f => f.RelativePath)]);
        return (steps ?? RunEveryStep.Instance).Run(ReusableStep.Sitemap, Path, inputs, (x, _) => Write(x), new Diagnostics.DiagnosticBag());
    }

    /// <summary>What the sitemap shows: the base URL, the pages' dates and every published path.</summary>
    private sealed record SitemapInputs(Uri BaseUrl, Dictionary<SitePath, DateOnly> Dates, string[] Paths);

    private static OutputFile Write(SitemapInputs inputs)
    {
        var dates = inputs.Dates;
        // A loop over strings, not LINQ over SitePath: generic LINQ over a struct is code the ReadyToRun image lacks, JIT-compiled
        // at start-up (issue 19). The paths are distinct, so sorting their strings orders them as OrderBy did.
        var pages = new List<string>();
        foreach (var file in inputs.Paths)
        {
            if (file == "index.html" || file.EndsWith("/index.html", StringComparison.Ordinal))
            {
                var url = "/" + file[..^"index.html".Length];
                if (url != SiteModel.SearchPath.Value)
                {
                    pages.Add(url);
                }
            }
        }

        pages.Sort(StringComparer.Ordinal);
        using var bytes = new MemoryStream();
        using (var xml = XmlWriter.Create(bytes, XmlSettings()))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var url in pages)
            {
                var page = new SitePath(url);
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, Absolute(inputs.BaseUrl, page));
                if (dates.TryGetValue(page, out var date))
                {
                    xml.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        bytes.WriteByte((byte)'\n');
        return new OutputFile(Path, bytes.ToArray(), null);
    }

    public static string Absolute(SiteModel site, SitePath path) => Absolute(site.Config.BaseUrl, path);

    private static string Absolute(Uri baseUrl, SitePath path) => new Uri(baseUrl, path.Value.TrimStart('/')).AbsoluteUri;

    /// <summary>UTF-8 declaration, indented, LF line ends: the same bytes on every machine.</summary>
    public static XmlWriterSettings XmlSettings() => new() { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };

    private static Dictionary<SitePath, DateOnly> PageDates(SiteModel site)
    {
        var dates = new Dictionary<SitePath, DateOnly>();
        foreach (var item in site.Items.Where(i => i.Page.Updated is not null))
        {
            var updated = item.Page.Updated!.Value;
            dates[item.Url] = updated;
            var index = SiteModel.OitIndexPath(item.Page.Year);
            if (!dates.TryGetValue(index, out var newest) || newest < updated)
            {
                dates[index] = updated;
            }
        }

        return dates;
    }
}
