using ItaSite.Generator.Content;
using ItaSite.Generator.Data.Loading;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Output;
using ItaSite.Generator.Pipeline;
using ItaSite.Generator.Publishing;
using ItaSite.Generator.Sanitizing;
using ItaSite.Generator.Site;
using ItaSite.Tests.Support;
using ItaSite.Themes.Default;

namespace ItaSite.Fuzz;

/// <summary>
/// Runs one mutated file through the generator. The fast path runs the per-file stages in memory (strict UTF-8 decoding, front
/// matter, YAML, page or site parsing, Markdown, link resolution, sanitizer); the full path writes the corpus with the mutated
/// file to a scratch folder and runs the whole <see cref="SiteBuilder"/> without writing output. Returns markers of hostile
/// markup found in what would be published.
/// </summary>
public sealed class FuzzTarget(IReadOnlyDictionary<string, byte[]> corpus, string scratch)
{
    private readonly MarkdownRenderer _renderer = new(BuildLimits.Default, HtmlPolicy.Create(HtmlPolicyLevel.Standard, ["www.youtube-nocookie.com"]));
    private readonly LinkResolver _resolver = BuildResolver(corpus);

    public string? RunFast(string contentPath, byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        if (ContentLoader.Decode(bytes, contentPath, diagnostics) is not { } text)
        {
            return null;
        }

        var file = new SourceFile(contentPath, contentPath, text);
        if (contentPath.EndsWith(".yaml", StringComparison.Ordinal))
        {
            if (contentPath == "site.yaml")
            {
                return SiteConfigParser.Parse(file, diagnostics) is { } config ? UrlOracle.InConfig(config) : null;
            }

            return contentPath.StartsWith("data/", StringComparison.Ordinal) && new DataFileParser(diagnostics).Parse(file) is { } set
                ? UrlOracle.InDataSet(set)
                : null;
        }

        if (!contentPath.EndsWith(".md", StringComparison.Ordinal) || new PageParser(diagnostics).Parse(file) is not { } page)
        {
            return null;
        }

        var rendered = _renderer.Render(page, new SitePath("/" + Path.ChangeExtension(contentPath, null) + "/"), _resolver, diagnostics);
        return FindLeak(BodyText.Html(rendered.Body));
    }

    /// <param name="asset">An attachment of the corpus replaced by a hostile file for this build, if any.</param>
    public async Task<string?> RunFullAsync(string contentPath, byte[] bytes, (string Path, byte[] Bytes)? asset = null)
    {
        var root = Path.Combine(scratch, "content");
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        foreach (var (path, data) in corpus)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllBytesAsync(full, path == contentPath ? bytes : asset is { } a && a.Path == path ? a.Bytes : data);
        }

        var result = await TestBuilds.BuildAsync(TestBuilds.InMemory(root, Path.Combine(scratch, "output")));
        foreach (var output in result.Files.Where(f => f.Content is not null && f.RelativePath.EndsWith(".html", StringComparison.Ordinal)))
        {
            if (FindLeak(System.Text.Encoding.UTF8.GetString(output.Content!)) is { } leak)
            {
                return $"{output.RelativePath}: {leak}";
            }
        }

        // Files published from content (copies, sanitized SVG) must hold nothing active either.
        foreach (var output in result.Files.Where(f => f.CopyFrom is not null || f.RelativePath.EndsWith(".svg", StringComparison.Ordinal)))
        {
            if (FileOracle.Find(output.RelativePath, output.Content ?? await File.ReadAllBytesAsync(output.CopyFrom!)) is { } leak)
            {
                return leak;
            }
        }

        return null;
    }

    private static string? FindLeak(string html) => LeakFinder.Find(html);

    private static LinkResolver BuildResolver(IReadOnlyDictionary<string, byte[]> corpus)
    {
        var pages = corpus.Keys.Where(k => k.EndsWith(".md", StringComparison.Ordinal))
            .ToDictionary(k => k, k => new SitePath("/" + Path.ChangeExtension(k, null) + "/"), StringComparer.Ordinal);
        var assets = corpus.Where(kv => !kv.Key.EndsWith(".md", StringComparison.Ordinal) && !kv.Key.EndsWith(".yaml", StringComparison.Ordinal))
            .ToDictionary(kv => kv.Key, kv => new AssetFile(kv.Key, kv.Key, kv.Key, kv.Value.Length), StringComparer.Ordinal);
        return new LinkResolver(pages, pages.Values.Select(p => p.Value).ToHashSet(StringComparer.Ordinal), assets);
    }
}
