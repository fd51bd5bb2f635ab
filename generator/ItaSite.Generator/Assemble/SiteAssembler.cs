using ItaSite.Generator.Content;
using ItaSite.Generator.Data.Loading;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Output;
using ItaSite.Generator.Publishing;
using ItaSite.Generator.Reuse;
using ItaSite.Generator.Site;
using ItaSite.Generator.Theming;

namespace ItaSite.Generator.Assemble;

/// <summary>
/// The assemble stage: every file made after the pages are rendered, in a fixed order. The sitemap lists the pages and what
/// came before it here; the search index, built next, is not in it.
/// </summary>
public static class SiteAssembler
{
    /// <param name="pages">The rendered pages (for the sitemap).</param>
    /// <param name="assets">Content paths of the attachments the links stage kept.</param>
    /// <param name="steps">Runs the sitemap as a step (serve reuses it while the paths and dates are the same).</param>
    public static List<OutputFile> Assemble(
        IReadOnlyList<OutputFile> pages,
        SiteModel site,
        ContentSet content,
        IReadOnlyDictionary<ContentPage, RenderedMarkdown> bodies,
        DataCatalog data,
        IEnumerable<string> assets,
        PublishedFilePolicy filePolicy,
        Theme theme,
        DiagnosticBag diagnostics,
        IStepRunner? steps = null)
    {
        var files = new List<OutputFile>();
        files.AddRange(data.AllTables.SelectMany(DataExporter.Files));
        files.AddRange(assets.Select(a => filePolicy.Output(content.Assets[a], LinkResolver.AssetSitePath(a).Value.TrimStart('/'), diagnostics)).OfType<OutputFile>());
        files.AddRange(theme.Assets.Select(a => new OutputFile("assets/" + a.Name, a.Content, null)));
        files.AddRange(new[] { BrandStylesheet.File(site.Config) }.OfType<OutputFile>());
        files.AddRange(ManifestWriter.WriteAll(site));
        files.AddRange(ItasSheetWriter.Write(site, bodies));
        files.Add(FeedWriter.Write(site, data, bodies, diagnostics));
        files.Add(SitemapWriter.Write(site, pages.Concat(files), steps));
        files.Add(RobotsWriter.Write(site));
        return files;
    }
}
