using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ItaSite.Generator.Content;
using ItaSite.Generator.Data.Loading;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Output;
using ItaSite.Generator.Reuse;
using ItaSite.Generator.Site;
using ItaSite.Generator.Thai;

namespace ItaSite.Generator.Search;

/// <summary>
/// The <c>index</c> stage: one <see cref="SearchDocument"/> per published page (OIT items of every year, placeholders included,
/// then measures, then plain pages), written gzip-compressed for <c>assets/search.js</c> as three files, in the same page order:
/// <list type="bullet">
/// <item><see cref="IndexPath"/>: path, title, code and kind of each page;</item>
/// <item><see cref="TextPath"/>: what matching compares, <see cref="SearchNormalizer.Fold"/>ed and written one byte per
/// character (<see cref="SearchTextEncoding"/>): each page's text, then each page's title, every record ended by a 0 byte;</item>
/// <item><see cref="DisplayPath"/>: each page's cleaned text, for snippets (loaded after the first results are shown).</item>
/// </list>
/// The browser matches by substring (see <see cref="SearchNormalizer"/>), so no word list or segmenter ships with the site, and it
/// folds nothing but the query.
/// </summary>
public sealed class SearchIndexBuilder(
    SiteModel site,
    IReadOnlyDictionary<ContentPage, RenderedMarkdown> bodies,
    DataCatalog data,
    PdfTextExtractor? pdf,
    DiagnosticBag diagnostics,
    IStepRunner? steps = null)
{
    public const string IndexPath = "search/index.json.gz";
    public const string TextPath = "search/text.bin.gz";
    public const string DisplayPath = "search/display.json.gz";
    public const int FormatVersion = 2;

    /// <summary>Text taken from one PDF at most; longer documents are indexed by their beginning.</summary>
    public const int MaxPdfChars = 200_000;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), TypeInfoResolver = SearchJsonContext.Default };

    private readonly IStepRunner _steps = steps ?? RunEveryStep.Instance;

    /// <summary>
    /// The three index files. Under <c>serve</c> the step runner returns each unchanged page's document and serialised parts
    /// and each unchanged compressed piece (<see cref="ChunkedGzip"/>).
    /// </summary>
    public IReadOnlyList<OutputFile> Build()
    {
        var raw = RawDocuments();
        return Write(raw, _steps);
    }

    /// <summary>The documents as indexed: raw texts gathered, then cleaned.</summary>
    public List<SearchDocument> Documents() => Clean(RawDocuments());

    /// <summary>Writes the index of <paramref name="raw"/> (uncleaned) documents; the bytes depend only on the documents.</summary>
    public static IReadOnlyList<OutputFile> Write(IReadOnlyList<SearchDocument> raw, IStepRunner? steps = null)
    {
        var runner = steps ?? RunEveryStep.Instance;
        var silent = new DiagnosticBag(); // serialising reports nothing
        var parts = runner.RunAll(ReusableStep.SearchParts, raw, d => d.Url, (i, _) => SearchDocumentParts.Of(raw[i], Json), silent, Environment.ProcessorCount);

        var index = new IndexSegment[parts.Length + 2];
        var display = new IndexSegment[parts.Length + 2];
        var text = new IndexSegment[parts.Length * 2];
        index[0] = new IndexSegment(IndexHead);
        display[0] = new IndexSegment(DisplayHead);
        for (var i = 0; i < parts.Length; i++)
        {
            byte? comma = i + 1 < parts.Length ? (byte)',' : null;
            index[i + 1] = new IndexSegment(parts[i].IndexJson, comma);
            display[i + 1] = new IndexSegment(parts[i].DisplayJson, comma);
            text[i] = new IndexSegment(parts[i].FoldedText, SearchTextEncoding.Separator);
            text[parts.Length + i] = new IndexSegment(parts[i].FoldedTitle, SearchTextEncoding.Separator);
        }

        index[^1] = new IndexSegment(ArrayTail);
        display[^1] = new IndexSegment(ArrayTail);
        var compressed = ChunkedGzip.CompressAll([index, text, display], runner);
        return
        [
            new OutputFile(IndexPath, compressed[0], null),
            new OutputFile(TextPath, compressed[1], null),
            new OutputFile(DisplayPath, compressed[2], null),
        ];
    }

    // The serializer's output for a record of a version and one array, around the array's elements (shared arrays, so a
    // session finds the first and last pieces by reference too).
    private static readonly byte[] IndexHead = Encoding.UTF8.GetBytes("{\"v\":" + FormatVersion.ToString(CultureInfo.InvariantCulture) + ",\"d\":[");
    private static readonly byte[] DisplayHead = Encoding.UTF8.GetBytes("{\"v\":" + FormatVersion.ToString(CultureInfo.InvariantCulture) + ",\"x\":[");
    private static readonly byte[] ArrayTail = "]}"u8.ToArray();

    private static List<SearchDocument> Clean(IReadOnlyList<SearchDocument> raw) =>
        [.. raw.AsParallel().AsOrdered().Select(d => d with { Title = SearchNormalizer.Clean(d.Title), Text = SearchNormalizer.Clean(d.Text) })];

    private IReadOnlyList<SearchDocument> RawDocuments()
    {
        var pdfText = ExtractPdfText();
        var format = new ThaiFormatter(site.Config.ThaiDigits);
        var documents = new List<SearchDocumentInputs>(site.Items.Count + site.Measures.Count + site.Pages.Count + 64);
        foreach (var framework in site.Frameworks.Values.OrderByDescending(f => f.Year))
        {
            foreach (var item in framework.Items)
            {
                var bound = site.FindItem(framework.Year, item.Code);
                var page = bound?.Page;
                var title = bound?.Title ?? item.Title;
                var document = Document(SiteModel.ItemPath(framework.Year, item.Code), title, item.Code.ToString(), "item", page, pdfText, format,
                    $"{item.Code} {title}", item.Title == title ? null : item.Title, $"{item.SubIndicator.Id} {item.SubIndicator.Title}", page?.Responsible, page?.Summary,
                    string.Join('\n', item.Components.Select(c => c.Text)),
                    bound is null ? null : GeneratedBlockText.Of(site, bound, framework.Year, data, format));
                documents.Add(document with { Year = framework.Year });
            }
        }

        foreach (var measure in site.Measures.OrderByDescending(m => m.Page.Year).ThenBy(m => m.Page.Number))
        {
            var m = measure.Page;
            var title = $"มาตรการที่ {m.Number} {m.Title}";
            var document = Document(measure.Url, title, null, "measure", m, pdfText, format,
                title, m.Issue, m.Method, m.Monitoring, m.Period, m.Responsible, m.Result, m.Outcome,
                string.Join('\n', m.Rounds.Select(r => $"รอบ {r.Months} เดือน {r.Result} {r.Outcome}")));
            documents.Add(document with { Year = m.Year });
        }

        // Plain pages (nearly all of a large site) are a step of their own keyed by the page unit: its bound page and body,
        // plus what every page shares, so an unchanged page costs a few reference checks, not its text pieces. The step makes
        // the page's own entry and the entries of the data tables it shows.
        var pages = ByUrl(site.Pages);
        var shared = new PageSearchShared(data, pdfText, format);
        var tables = DataTableDocuments.ForItemsAndMeasures(site, bodies, data, format).ToList();

        // The index order: items and measures, plain pages, the items' and measures' tables, the plain pages' tables. Items,
        // measures and their tables are one list of one step (a step runs as one list per build), the plain pages another.
        var joined = documents.Count == 0 ? tables : [.. documents, .. tables];
        var silent = new DiagnosticBag(); // gathering and joining report nothing
        var parallelism = Environment.ProcessorCount;
        var made = _steps.RunAll(ReusableStep.SearchDocument, joined, d => d.Url, (i, _) => joined[i].ToDocument(), silent, parallelism);
        var inputs = new PageSearchInputs[pages.Count];
        for (var i = 0; i < pages.Count; i++)
        {
            inputs[i] = new PageSearchInputs(pages[i], bodies.GetValueOrDefault(pages[i].Page), shared);
        }

        var plain = _steps.RunAll(ReusableStep.SearchPage, inputs, x => x.Page.Url.Value, (i, bag) => PageEntries(inputs[i], bag), silent, parallelism);
        var all = new List<SearchDocument>(made.Length + plain.Length);
        all.AddRange(made.AsSpan(0, documents.Count));
        foreach (var entries in plain)
        {
            all.Add(entries.Page);
        }

        all.AddRange(made.AsSpan(documents.Count));
        foreach (var entries in plain)
        {
            all.AddRange(entries.Tables);
        }

        return all;
    }

    /// <summary>One plain page's raw entries (its own, then its data tables'), from its inputs alone.</summary>
    private PageSearchEntries PageEntries(PageSearchInputs inputs, DiagnosticBag _)
    {
        var (page, shared) = (inputs.Page, inputs.Shared);
        var own = Document(page.Url, page.Page.Title, null, "page", page.Page, inputs.Body, shared.PdfText, shared.Format, page.Page.Title, page.Page.Description).ToDocument();
        return new PageSearchEntries(own, [.. DataTableDocuments.OfPage(page, inputs.Body, shared.Data, shared.Format).Select(t => t.ToDocument())]);
    }

    /// <summary>A plain page's entry and its data tables' entries.</summary>
    private sealed record PageSearchEntries(SearchDocument Page, SearchDocument[] Tables);

    /// <summary>What every plain page's search text reads beyond its own page and body, in one build.</summary>
    private sealed record PageSearchShared(DataCatalog Data, IReadOnlyDictionary<string, string> PdfText, ThaiFormatter Format) : ISharedInputs;

    /// <summary>What one plain page's search document is made of.</summary>
    private sealed record PageSearchInputs(BoundPage Page, RenderedMarkdown? Body, PageSearchShared Shared);

    /// <summary>The pages in ordinal path order; content order usually is that already, which one pass confirms.</summary>
    private static IReadOnlyList<BoundPage> ByUrl(IReadOnlyList<BoundPage> pages)
    {
        for (var i = 1; i < pages.Count; i++)
        {
            if (string.CompareOrdinal(pages[i - 1].Url.Value, pages[i].Url.Value) > 0)
            {
                return [.. pages.OrderBy(p => p.Url.Value, StringComparer.Ordinal)];
            }
        }

        return pages;
    }

    private SearchDocumentInputs Document(SitePath url, string title, string? code, string kind, ContentPage? page, IReadOnlyDictionary<string, string> pdfText, ThaiFormatter format, params string?[] fields) =>
        Document(url, title, code, kind, page, page is null ? null : bodies.GetValueOrDefault(page), pdfText, format, fields);

    private SearchDocumentInputs Document(SitePath url, string title, string? code, string kind, ContentPage? page, RenderedMarkdown? body, IReadOnlyDictionary<string, string> pdfText, ThaiFormatter format, params string?[] fields)
    {
        var attachments = page?.Attachments ?? [];
        var pieces = new string?[fields.Length + (page is null ? 0 : 2 + 2 * attachments.Count)];
        fields.CopyTo(pieces, 0);
        if (page is not null)
        {
            var n = fields.Length;
            pieces[n++] = body?.PlainText;
            pieces[n++] = body is null ? null : DataSearchText.Of(body.Directives, data, format);
            foreach (var attachment in attachments)
            {
                pieces[n++] = $"{attachment.Title} {Path.GetFileName(attachment.ContentPath)}";
                pieces[n++] = pdfText.GetValueOrDefault(attachment.ContentPath);
            }
        }

        // Joined as a step (a session reuses the document of unchanged inputs); cleaned later, in parallel.
        return new SearchDocumentInputs(url.Value, title, code, kind, pieces);
    }

    private Dictionary<string, string> ExtractPdfText()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pdfs = new List<AttachmentRef>();
        foreach (var page in AllPages())
        {
            foreach (var a in page.Attachments)
            {
                if (a.ContentPath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) && site.Content.Assets.ContainsKey(a.ContentPath) && seen.Add(a.ContentPath))
                {
                    pdfs.Add(a);
                }
            }
        }

        pdfs.Sort((a, b) => string.CompareOrdinal(a.ContentPath, b.ContentPath));
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
        var failures = new string?[pdfs.Count];
        Parallel.For(0, pdfs.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            var attachment = pdfs[i];
            var fullPath = site.Content.Assets[attachment.ContentPath].FullPath;
            var info = new FileInfo(fullPath);
            var (text, error) = _steps.Run(ReusableStep.PdfText, fullPath, (info.Exists, info.Exists ? info.Length : -1, info.LastWriteTimeUtc), (_, _) => pdf.Extract(fullPath), new DiagnosticBag());
            if (text is null)
            {
                failures[i] = error;
                return;
            }

            results[attachment.ContentPath] = text.Length > MaxPdfChars ? text[..MaxPdfChars] : text;
        });

        // Reported after the parallel part, in attachment order, so the diagnostics do not depend on which PDF finished first.
        for (var i = 0; i < pdfs.Count; i++)
        {
            if (failures[i] is { } error)
            {
                diagnostics.Warning(DiagnosticCodes.PdfTextFailed, pdfs[i].Span,
                    $"could not read the text of '{pdfs[i].ContentPath}' for search: {error} (อ่านข้อความในไฟล์ PDF เพื่อการค้นหาไม่ได้)");
            }
        }

        return new Dictionary<string, string>(results, StringComparer.Ordinal);
    }

    private IEnumerable<ContentPage> AllPages()
    {
        foreach (var item in site.Items)
        {
            yield return item.Page;
        }

        foreach (var measure in site.Measures)
        {
            yield return measure.Page;
        }

        foreach (var page in site.Pages)
        {
            yield return page.Page;
        }
    }
}
