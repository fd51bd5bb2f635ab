using System.Collections.Concurrent;
using System.Diagnostics;
using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Output;
using ItaSite.Generator.Theming;

namespace ItaSite.Generator.Site;

/// <summary>
/// The build pipeline, top to bottom: load → parse → validate → markdown → links → theme → write. Each stage reports into one
/// <see cref="DiagnosticBag"/>; a stage that leaves errors stops the build before anything is rendered or written.
/// </summary>
public sealed class SiteBuilder(BuildOptions options)
{
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<StageTiming> _timings = [];

    public async Task<BuildResult> BuildAsync(CancellationToken cancellationToken = default)
    {
        var displayContent = options.DisplayContent ?? options.ContentDir;
        var displayOutput = options.DisplayOutput ?? options.OutputDir;
        if (options.WriteOutput && !OutputGuard.IsSafe(options.OutputDir, options.ContentDir, displayOutput, _diagnostics))
        {
            return Result(null, []);
        }

        var content = Stage("load", () => new ContentLoader(options.Limits, _diagnostics).Load(options.ContentDir, displayContent));
        if (content?.SiteFile is null)
        {
            return Result(null, []);
        }

        var config = Stage("site", () => SiteConfigParser.Parse(content.SiteFile, _diagnostics));
        if (config is null)
        {
            return Result(null, []);
        }

        var parser = new PageParser(config.CurrentYear, _diagnostics);
        var pages = Stage("parse", () => content.Markdown.AsParallel().AsOrdered().Select(parser.Parse).OfType<ContentPage>().ToList());
        var site = Stage("validate", () => new SiteBinder(_diagnostics).Bind(config, content.SiteFile, content, pages));
        if (_diagnostics.HasErrors)
        {
            return Result(site, []);
        }

        var bodies = Stage("markdown", () => RenderMarkdown(site));
        var assets = Stage("links", () => new LinkChecker(site, bodies, options.Limits, _diagnostics).Check());
        if (_diagnostics.HasErrors)
        {
            return Result(site, []);
        }

        var files = await StageAsync("theme", () => RenderThemeAsync(site, bodies, cancellationToken));
        files.AddRange(assets.Select(a => OutputFile.Copy(LinkResolver.AssetSitePath(a).Value.TrimStart('/'), content.Assets[a].FullPath)));
        files.AddRange(options.Theme.Assets.Select(a => new OutputFile("assets/" + a.Name, a.Content, null)));
        files.Add(ManifestWriter.Write(site));
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        if (_diagnostics.HasErrors || !options.WriteOutput)
        {
            return Result(site, files);
        }

        var written = Stage("write", () => new OutputWriter(_diagnostics).Write(files, options.OutputDir, displayOutput));
        return Result(site, files, written);
    }

    private Dictionary<ContentPage, RenderedMarkdown> RenderMarkdown(SiteModel site)
    {
        var renderer = new MarkdownRenderer(options.Limits, site.Config.BaseUrl);
        var targets = site.Items.Select(i => ((ContentPage)i.Page, i.Url))
            .Concat(site.Measures.Select(m => ((ContentPage)m.Page, m.Url)))
            .Concat(site.Pages.Select(p => ((ContentPage)p.Page, p.Url)));
        var results = new ConcurrentDictionary<ContentPage, RenderedMarkdown>(ReferenceEqualityComparer.Instance);
        Parallel.ForEach(targets, target => results[target.Item1] = renderer.Render(target.Item1, target.Url, site.Links, _diagnostics));
        return new Dictionary<ContentPage, RenderedMarkdown>(results, ReferenceEqualityComparer.Instance);
    }

    private async Task<List<OutputFile>> RenderThemeAsync(SiteModel site, IReadOnlyDictionary<ContentPage, RenderedMarkdown> bodies, CancellationToken cancellationToken)
    {
        var composed = new PageComposer(site, bodies).Compose().ToList();
        var files = new ConcurrentBag<OutputFile>();
        var workers = Math.Max(1, Math.Min(Environment.ProcessorCount, composed.Count / 16));
        var chunks = composed.Select((page, index) => (page, index)).GroupBy(x => x.index % workers).Select(g => g.Select(x => x.page).ToList());
        await Parallel.ForEachAsync(chunks, cancellationToken, async (chunk, token) =>
        {
            await using var renderer = new ThemeRenderer(options.Theme);
            foreach (var page in chunk)
            {
                token.ThrowIfCancellationRequested();
                var html = await renderer.RenderAsync(page.Kind, page.Model);
                files.Add(OutputFile.Text(page.Url.OutputFile, html));
            }
        });
        return [.. files];
    }

    private T Stage<T>(string name, Func<T> run)
    {
        var watch = Stopwatch.StartNew();
        var result = run();
        _timings.Add(new StageTiming(name, watch.Elapsed));
        return result;
    }

    private async Task<T> StageAsync<T>(string name, Func<Task<T>> run)
    {
        var watch = Stopwatch.StartNew();
        var result = await run();
        _timings.Add(new StageTiming(name, watch.Elapsed));
        return result;
    }

    private BuildResult Result(SiteModel? site, IReadOnlyList<OutputFile> files, bool written = false) =>
        new(_diagnostics, site, files, _timings, written);
}
