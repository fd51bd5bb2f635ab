using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Output;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Search;

/// <summary>
/// The <c>index</c> stage: one <see cref="SearchDocument"/> per published page (OIT items of every year, placeholders included,
/// then measures, then plain pages), written gzip-compressed to <see cref="IndexPath"/> for <c>assets/search.js</c>. The browser
/// matches by substring on folded text (see <see cref="SearchNormalizer"/>), so no word list or segmenter ships with the site.
/// </summary>
public sealed class SearchIndexBuilder(SiteModel site, IReadOnlyDictionary<ContentPage, RenderedMarkdown> bodies, PdfTextExtractor? pdf, DiagnosticBag diagnostics)
{
    public const string IndexPath = "search/index.json.gz";
    public const int FormatVersion = 1;

    /// <summary>Text taken from one PDF at most; longer documents are indexed by their beginning.</summary>
    public const int MaxPdfChars = 200_000;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public OutputFile Build()
    {
        var index = new SearchIndex(FormatVersion, Documents());
        var json = JsonSerializer.SerializeToUtf8Bytes(index, Json);
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(json);
        }

        return new OutputFile(IndexPath, buffer.ToArray(), null);
    }

    public List<SearchDocument> Documents()
    {
        var pdfText = ExtractPdfText();
        var documents = new List<SearchDocument>();
        foreach (var framework in site.Frameworks.Values.OrderByDescending(f => f.Year))
        {
            foreach (var item in framework.Items)
            {
                var bound = site.FindItem(framework.Year, item.Code);
                var page = bound?.Page;
                var title = bound?.Title ?? item.Title;
                documents.Add(Document(SiteModel.ItemPath(framework.Year, item.Code), title, item.Code.ToString(), "item", page, pdfText,
                    $"{item.Code} {title}", item.Title == title ? null : item.Title, $"{item.SubIndicator.Id} {item.SubIndicator.Title}", page?.Responsible, page?.Summary,
                    string.Join('\n', item.Components.Select(c => c.Text))));
            }
        }

        foreach (var measure in site.Measures.OrderByDescending(m => m.Page.Year).ThenBy(m => m.Page.Number))
        {
            var m = measure.Page;
            var title = $"มาตรการที่ {m.Number} {m.Title}";
            documents.Add(Document(measure.Url, title, null, "measure", m, pdfText,
                title, m.Issue, m.Method, m.Monitoring, m.Period, m.Responsible, m.Result, m.Outcome,
                string.Join('\n', m.Rounds.Select(r => $"รอบ {r.Months} เดือน {r.Result} {r.Outcome}"))));
        }

        foreach (var page in site.Pages.OrderBy(p => p.Url.Value, StringComparer.Ordinal))
        {
            documents.Add(Document(page.Url, page.Page.Title, null, "page", page.Page, pdfText, page.Page.Title, page.Page.Description));
        }

        return [.. documents.AsParallel().AsOrdered()
            .Select(d => d with { Title = SearchNormalizer.Clean(d.Title), Text = SearchNormalizer.Clean(d.Text) })];
    }

    private SearchDocument Document(SitePath url, string title, string? code, string kind, ContentPage? page, IReadOnlyDictionary<string, string> pdfText, params string?[] fields)
    {
        var parts = new List<string?>(fields);
        if (page is not null)
        {
            parts.Add(bodies.GetValueOrDefault(page)?.PlainText);
            foreach (var attachment in page.Attachments)
            {
                parts.Add($"{attachment.Title} {Path.GetFileName(attachment.ContentPath)}");
                parts.Add(pdfText.GetValueOrDefault(attachment.ContentPath));
            }
        }

        // Raw here; Documents() cleans all texts in parallel.
        return new SearchDocument(url.Value.TrimStart('/'), title, code, kind, string.Join('\n', parts.Where(p => !string.IsNullOrWhiteSpace(p))));
    }

    private Dictionary<string, string> ExtractPdfText()
    {
        var pdfs = AllPages()
            .SelectMany(p => p.Attachments)
            .Where(a => a.ContentPath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) && site.Content.Assets.ContainsKey(a.ContentPath))
            .DistinctBy(a => a.ContentPath)
            .OrderBy(a => a.ContentPath, StringComparer.Ordinal)
            .ToList();
        if (pdfs.Count == 0)
        {
            return [];
        }

        if (pdf is null)
        {
            diagnostics.Info(DiagnosticCodes.PdfTextUnavailable, pdfs[0].Span,
                $"pdftotext not found: the text inside {pdfs.Count} PDF attachment(s) is not searchable; install poppler-utils to index it (ไม่พบโปรแกรม pdftotext จึงค้นหาข้อความในไฟล์ PDF ไม่ได้)");
            return [];
        }

        var results = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Parallel.ForEach(pdfs, new ParallelOptions { MaxDegreeOfParallelism = 2 }, attachment =>
        {
            var (text, error) = pdf.Extract(site.Content.Assets[attachment.ContentPath].FullPath);
            if (text is null)
            {
                diagnostics.Warning(DiagnosticCodes.PdfTextFailed, attachment.Span,
                    $"could not read the text of '{attachment.ContentPath}' for search: {error} (อ่านข้อความในไฟล์ PDF เพื่อการค้นหาไม่ได้)");
                return;
            }

            results[attachment.ContentPath] = text.Length > MaxPdfChars ? text[..MaxPdfChars] : text;
        });
        return new Dictionary<string, string>(results, StringComparer.Ordinal);
    }

    private IEnumerable<ContentPage> AllPages() =>
        site.Items.Select(i => (ContentPage)i.Page).Concat(site.Measures.Select(m => m.Page)).Concat(site.Pages.Select(p => p.Page));
}
