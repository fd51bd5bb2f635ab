using System.Collections.Concurrent;
using System.Diagnostics;
using ItaSite.Generator.Assemble;
using ItaSite.Generator.Binding;
using ItaSite.Generator.Checking;
using ItaSite.Generator.Content;
using ItaSite.Generator.Data.Loading;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Incremental;
using ItaSite.Generator.Links;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Output;
using ItaSite.Generator.Search;
using ItaSite.Generator.Site;
using ItaSite.Generator.Theming;

namespace ItaSite.Generator.Pipeline;

/// <summary>
/// The build pipeline, top to bottom, one <see cref="Stage"/> after another (load → site → parse → validate → markdown → data →
/// links → readiness → theme → assemble → index → write; docs/architecture.md). Each stage reports into one
/// <see cref="DiagnosticBag"/>; a stage that leaves errors stops the build before anything is rendered or written.
/// </summary>
public sealed class SiteBuilder(BuildOptions options)
{
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<StageTiming> _timings = [];
    private readonly BuildCache _cache = options.Cache ?? new BuildCache();
    private readonly BuildProgress _progress = options.Progress ?? new BuildProgress();
    private readonly int _parallelism = Math.Max(1, options.MaxParallelism ?? Environment.ProcessorCount);
    private CheckReport? _check;

    public async Task<BuildResult> BuildAsync(CancellationToken cancellationToken = default)
    {
        var displayContent = options.DisplayContent ?? options.ContentDir;
        if (options.WriteOutput && options.OutputDir is null)
        {
            throw new InvalidOperationException("BuildOptions.OutputDir is required unless WriteOutput is false");
        }

        var outputDir = options.OutputDir ?? string.Empty;
        var displayOutput = options.DisplayOutput ?? outputDir;
        if (options.WriteOutput && !OutputGuard.IsSafe(outputDir, options.ContentDir, displayOutput, _diagnostics))
        {
            return Result(null, []);
        }

        var content = Run(Stage.Load, () => _cache.LoadContent(_diagnostics, bag => new ContentLoader(options.Limits, bag, _cache.ReadText).Load(options.ContentDir, displayContent)));
        if (content?.SiteFile is null)
        {
            return Result(null, []);
        }

        var config = Run(Stage.Site, () => SiteConfigParser.Parse(content.SiteFile, _diagnostics));
        if (config is null)
        {
            return Result(null, []);
        }

        var pages = Run(Stage.Parse, () => ParsePages(content.Markdown, config.CurrentYear), content.Markdown.Count);
        var site = Run(Stage.Validate, () => _cache.Bind(config, content, pages, _diagnostics, bag => new SiteBinder(bag, !options.CheckReadiness, options.IncludeDraftYears).Bind(config, content.SiteFile, content, pages)));
        if (_diagnostics.HasErrors)
        {
            return Result(site, []);
        }

        _cache.SiteBound(site);
        var bodies = Run(Stage.Markdown, () => RenderMarkdown(site), site.Items.Count + site.Measures.Count + site.Pages.Count + site.Partials.All.Count());
        var data = Run(Stage.Data, () =>
        {
            var loaded = DataCatalog.Load(content, site, _diagnostics);
            DirectiveChecker.Check(bodies, loaded, site.Years, _diagnostics);
            return loaded;
        });
        var filePolicy = new Publishing.PublishedFilePolicy();
        var assets = Run(Stage.Links, () =>
        {
            DataFileUses.Check(data, content, filePolicy, _diagnostics);
            var kept = new LinkChecker(site, bodies, options.Limits, _diagnostics, data.ReferencedAssets, filePolicy).Check();
            SiteYamlLinks.Check(site, _diagnostics);
            return kept;
        });
        _check = options.CheckReadiness
            ? Run(Stage.Readiness, () => new ReadinessChecker(site, bodies, options.Time, _diagnostics) { Data = data, PdfText = PdfTextExtractor.Find(options.PdfToText), Files = filePolicy }.Check())
            : null;
        if (_diagnostics.HasErrors)
        {
            return Result(site, []);
        }

        var files = await RunAsync(Stage.Theme, () => RenderThemeAsync(site, bodies, data, cancellationToken));
        files.AddRange(Run(Stage.Assemble, () => SiteAssembler.Assemble(files, site, content, bodies, data, assets, filePolicy, options.Theme, _diagnostics)));
        files.AddRange(Run(Stage.Index, () => new SearchIndexBuilder(site, bodies, data, PdfTextExtractor.Find(options.PdfToText), _diagnostics, _cache).Build()));
        files = SortedByPath(files);
        if (_diagnostics.HasErrors || !options.WriteOutput)
        {
            return Result(site, files);
        }

        var written = Run(Stage.Write, () => new OutputWriter(_diagnostics, options.WriteDelayPerFile).Write(files, outputDir, displayOutput));
        return Result(site, files, written);
    }

    /// <summary>Parses every Markdown file in parallel, in file order; pages the cache can reuse are taken first, without workers.</summary>
    private List<ContentPage> ParsePages(IReadOnlyList<SourceFile> files, int year)
    {
        var parsed = new ContentPage?[files.Count];
        var reused = _cache.ReuseParses(files, year, _diagnostics, parsed);
        var toParse = new List<int>();
        for (var i = 0; i < files.Count; i++)
        {
            if (reused[i])
            {
                _progress.Advance(Stage.Parse);
            }
            else
            {
                toParse.Add(i);
            }
        }

        // Each file reports into a bag of its own; the bags are merged in file order, so the diagnostics do not depend on timing.
        var bags = new DiagnosticBag[files.Count];
        Parallel.ForEach(toParse, new ParallelOptions { MaxDegreeOfParallelism = _parallelism }, i =>
        {
            var file = files[i];
            bags[i] = new DiagnosticBag();
            parsed[i] = _cache.Parse(file, year, bags[i], bag => new PageParser(bag).Parse(file));
            _progress.Advance(Stage.Parse);
        });
        foreach (var i in toParse)
        {
            _diagnostics.AddRange(bags[i]);
        }

        var pages = new List<ContentPage>(parsed.Length);
        foreach (var page in parsed)
        {
            if (page is not null)
            {
                pages.Add(page);
            }
        }

        return pages;
    }

    private Dictionary<ContentPage, RenderedMarkdown> RenderMarkdown(SiteModel site)
    {
        var renderer = new MarkdownRenderer(options.Limits, site.Config.Html, site.Config.BaseUrl);
        var targets = new List<(ContentPage Page, SitePath Url)>(site.Items.Count + site.Measures.Count + site.Pages.Count);
        foreach (var item in site.Items)
        {
            targets.Add((item.Page, item.Url));
        }

        foreach (var measure in site.Measures)
        {
            targets.Add((measure.Page, measure.Url));
        }

        foreach (var page in site.Pages.Concat(site.Partials.All))
        {
            targets.Add((page.Page, page.Url));
        }

        var reused = _cache.ReuseMarkdown(targets, _diagnostics);
        var results = new Dictionary<ContentPage, RenderedMarkdown>(targets.Count, ReferenceEqualityComparer.Instance);
        var toRender = new List<int>();
        for (var i = 0; i < targets.Count; i++)
        {
            if (reused[i] is { } body)
            {
                results[targets[i].Page] = body;
                _progress.Advance(Stage.Markdown);
            }
            else
            {
                toRender.Add(i);
            }
        }

        var rendered = new RenderedMarkdown[targets.Count];
        var bags = new DiagnosticBag[targets.Count];
        Parallel.ForEach(toRender, new ParallelOptions { MaxDegreeOfParallelism = _parallelism }, i =>
        {
            var (page, url) = targets[i];
            bags[i] = new DiagnosticBag();
            rendered[i] = _cache.Markdown(page, url, bags[i], bag => renderer.Render(page, url, site.Links, bag));
            _progress.Advance(Stage.Markdown);
        });
        foreach (var i in toRender)
        {
            results[targets[i].Page] = rendered[i];
            _diagnostics.AddRange(bags[i]);
        }

        return results;
    }

    private async Task<List<OutputFile>> RenderThemeAsync(SiteModel site, IReadOnlyDictionary<ContentPage, RenderedMarkdown> bodies, DataCatalog data, CancellationToken cancellationToken)
    {
        var planned = new PageComposer(site, bodies, data).Plan().ToList();
        _progress.StageStarted(Stage.Theme, planned.Count);
        var files = new ConcurrentBag<OutputFile>();
        var pageCache = _cache.ForTheme(site, site.Content);
        var toRender = new List<ComposedPage>();
        foreach (var page in planned)
        {
            if (pageCache is not null && pageCache.TryGet(page.Url, out var cached))
            {
                files.Add(cached);
                _progress.Advance(Stage.Theme);
            }
            else
            {
                toRender.Add(page.Compose());
            }
        }

        var workers = Math.Max(1, Math.Min(_parallelism, toRender.Count / 16));
        var chunks = toRender.Select((page, index) => (page, index)).GroupBy(x => x.index % workers).Select(g => g.Select(x => x.page).ToList());
        await Parallel.ForEachAsync(chunks, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = _parallelism }, async (chunk, token) =>
        {
            await using var renderer = new ThemeRenderer(options.Theme);
            foreach (var page in chunk)
            {
                token.ThrowIfCancellationRequested();
                var html = Thai.PageDigits.Apply(await renderer.RenderAsync(page.Kind, page.Model), site.Config.ThaiDigits);
                var file = OutputFile.Text(page.Url.OutputFile, html);
                pageCache?.Store(page, file);
                files.Add(file);
                _progress.Advance(Stage.Theme);
            }
        });
        return [.. files];
    }

    /// <summary>The files in ordinal path order (sorting the paths alongside, so comparisons read no file object).</summary>
    private static List<OutputFile> SortedByPath(List<OutputFile> files)
    {
        var paths = new string[files.Count];
        var sorted = files.ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            paths[i] = sorted[i].RelativePath;
        }

        Array.Sort(paths, sorted, StringComparer.Ordinal);
        return [.. sorted];
    }

    private T Run<T>(Stage name, Func<T> run, int total = 0)
    {
        _progress.StageStarted(name, total);
        var watch = Stopwatch.StartNew();
        var result = run();
        Finish(new StageTiming(name, watch.Elapsed));
        return result;
    }

    private async Task<T> RunAsync<T>(Stage name, Func<Task<T>> run)
    {
        var watch = Stopwatch.StartNew();
        var result = await run();
        Finish(new StageTiming(name, watch.Elapsed));
        return result;
    }

    private void Finish(StageTiming timing)
    {
        _timings.Add(timing);
        _progress.StageFinished(timing);
    }

    private BuildResult Result(SiteModel? site, IReadOnlyList<OutputFile> files, bool written = false) =>
        new(_diagnostics, site, files, _timings, written) { Check = _check };
}
