using System.Collections.Concurrent;
using System.Diagnostics;
using ItaSite.Generator.Assemble;
using ItaSite.Generator.Binding;
using ItaSite.Generator.Checking;
using ItaSite.Generator.Content;
using ItaSite.Generator.Data.Loading;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Links;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Output;
using ItaSite.Generator.Reuse;
using ItaSite.Generator.Search;
using ItaSite.Generator.Site;
using ItaSite.Generator.Theming;
using ItaSite.Generator.Years;

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
    private readonly IStepRunner _steps = options.Steps ?? RunEveryStep.Instance;
    private readonly BuildProgress _progress = options.Progress ?? new BuildProgress();
    private readonly int _parallelism = Math.Max(1, options.MaxParallelism ?? Environment.ProcessorCount);
    private CheckReport? _check;
    private ContentSet? _cleanContent;
    private bool _reloaded;

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

        var content = Run(Stage.Load, () => Load(displayContent));
        if (content?.SiteFile is null)
        {
            return Result(null, []);
        }

        var config = Run(Stage.Site, () => _steps.Run(ReusableStep.SiteConfig, content.SiteFile.ContentPath, content.SiteFile, SiteConfigParser.Parse, _diagnostics));
        if (config is null)
        {
            return Result(null, []);
        }

        var pages = Run(Stage.Parse, () => ParsePages(content.Markdown, config.CurrentYear), content.Markdown.Count);
        var site = Run(Stage.Validate, () =>
        {
            // The years and frameworks are a step of their own: a page edit leaves their sources (YAML files, site.yaml) equal.
            var sources = new YearsInputs(new YearsSources(config, content.SiteFile, content.DataFiles, SiteYearsLoader.FirstFileOfEachYear(content)), options.IncludeDraftYears);
            var years = _steps.Run(ReusableStep.Years, nameof(ReusableStep.Years), sources, (x, bag) => new SiteYearsLoader(bag, x.IncludeDrafts).Load(x.Sources), _diagnostics);
            var generic = new List<GenericPage>(pages.Count);
            foreach (var page in pages)
            {
                if (page is GenericPage one)
                {
                    generic.Add(one);
                }
            }

            List<BoundPage> plain = [.. _steps.RunAll(ReusableStep.BindPage, generic, page => page.Source.ContentPath, (i, _) => SiteBinder.BindPage(generic[i]), _diagnostics, _parallelism)];

            return new SiteBinder(_diagnostics, !options.CheckReadiness, options.IncludeDraftYears, _steps).Bind(config, content, pages, years, plain);
        });
        if (_diagnostics.HasErrors)
        {
            return Result(site, []);
        }

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
        files.AddRange(Run(Stage.Assemble, () => SiteAssembler.Assemble(files, site, content, bodies, data, assets, filePolicy, options.Theme, _diagnostics, _steps)));
        files.AddRange(Run(Stage.Index, () => new SearchIndexBuilder(site, bodies, data, PdfTextExtractor.Find(options.PdfToText), _diagnostics, _steps).Build()));
        files = OutputOrder.Sorted(files, _steps, _diagnostics);
        if (_diagnostics.HasErrors || !options.WriteOutput)
        {
            return Result(site, files);
        }

        var written = Run(Stage.Write, () => new OutputWriter(_diagnostics, options.WriteDelayPerFile).Write(files, outputDir, displayOutput));
        return Result(site, files, written);
    }

    /// <summary>Reads the content folder, or only the changed files when <see cref="BuildOptions.Changes"/> allows; into a bag of its own, so a clean load is known without comparing counts.</summary>
    private ContentSet? Load(string displayContent)
    {
        var own = new DiagnosticBag();
        var loader = new ContentLoader(options.Limits, own, _steps);
        var reloaded = options.Changes is { } changes ? loader.Reload(changes) : null;
        _reloaded = reloaded is not null;
        var content = reloaded ?? loader.Load(options.ContentDir, displayContent);
        _diagnostics.AddRange(own);
        _cleanContent = own.Items.Count == 0 ? content : null;
        return content;
    }

    /// <summary>Parses every Markdown file in parallel (a step per file, keyed by the file itself), in file order.</summary>
    private List<ContentPage> ParsePages(IReadOnlyList<SourceFile> files, int year)
    {
        var parsed = _steps.RunAll(ReusableStep.Parse, files, file => file.ContentPath, (i, bag) =>
        {
            var page = new PageParser(bag).Parse(files[i]);
            _progress.Advance(Stage.Parse);
            return page;
        }, _diagnostics, _parallelism);

        // A null check per file, not OfType: its shared generic type test was a few percent of a 10,000-page serve rebuild.
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

        var settings = new MarkdownSettings(site.Links, options.Limits, site.Config.Html, site.Config.BaseUrl);
        var inputs = new MarkdownInputs[targets.Count];
        for (var i = 0; i < targets.Count; i++)
        {
            inputs[i] = new MarkdownInputs(targets[i].Page, targets[i].Url, settings);
        }

        var rendered = _steps.RunAll(ReusableStep.Markdown, inputs, x => x.Page.Source.ContentPath, (i, bag) =>
        {
            var body = renderer.Render(inputs[i].Page, inputs[i].Url, settings.Links, bag);
            _progress.Advance(Stage.Markdown);
            return body;
        }, _diagnostics, _parallelism);
        var results = new Dictionary<ContentPage, RenderedMarkdown>(targets.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < targets.Count; i++)
        {
            results[targets[i].Page] = rendered[i];
        }

        return results;
    }

    private async Task<List<OutputFile>> RenderThemeAsync(SiteModel site, IReadOnlyDictionary<ContentPage, RenderedMarkdown> bodies, DataCatalog data, CancellationToken cancellationToken)
    {
        var pages = new PageComposer(site, bodies, data).Plan().ToList();
        _progress.StageStarted(Stage.Theme, pages.Count);

        // A page whose model's inputs are named is compared by them (its model is built only to render it); any other page by
        // its built model.
        var inputs = new ThemeUnit[pages.Count];
        Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = _parallelism }, i =>
        {
            var plan = pages[i];
            inputs[i] = new ThemeUnit(plan.Url.Value, plan.Inputs is { } declared ? new DeclaredThemeInputs(options.Theme, plan.Kind, declared) : new ThemeInputs(options.Theme, plan.Compose()));
        });

        // A renderer serves one page at a time; each worker takes one from the pool (a session that reuses every page makes none).
        var renderers = new ConcurrentBag<ThemeRenderer>();
        try
        {
            var workers = Math.Max(1, Math.Min(_parallelism, pages.Count / 16));
            var files = await _steps.RunAllAsync(ReusableStep.Theme, inputs, x => x.Url, async (i, _) =>
            {
                var page = inputs[i].Inputs is ThemeInputs composed ? composed.Page : pages[i].Compose();
                var renderer = renderers.TryTake(out var idle) ? idle : new ThemeRenderer(options.Theme);
                try
                {
                    var html = await renderer.RenderPageAsync(page.Kind, page.Model, site.Config.ThaiDigits);
                    _progress.Advance(Stage.Theme);
                    return new OutputFile(page.Url.OutputFile, html, null);
                }
                finally
                {
                    renderers.Add(renderer);
                }
            }, new DiagnosticBag(), workers, cancellationToken); // rendering reports nothing
            return [.. files];
        }
        finally
        {
            foreach (var renderer in renderers)
            {
                await renderer.DisposeAsync();
            }
        }
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
        new(_diagnostics, site, files, _timings, written) { Check = _check, CleanContent = _cleanContent, Reloaded = _reloaded };
}
