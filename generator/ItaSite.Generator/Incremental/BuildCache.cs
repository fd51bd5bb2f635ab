using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Output;
using ItaSite.Generator.Search;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Incremental;

/// <summary>
/// Where the pipeline may reuse earlier work. The base class reuses nothing: every call does the work, reporting straight into
/// the build's bag, so a plain <c>build</c> is a from-scratch build by construction. <see cref="SessionCache"/> overrides the
/// hooks to keep per-file results between the rebuilds of one <see cref="Pipeline.BuildSession"/>. The search index's hooks are
/// declared by the index stage itself (<see cref="SearchReuse"/>), so that stage does not depend on this layer.
/// </summary>
public class BuildCache : SearchReuse
{
    /// <summary>Reads a text file (the loader's own decoding); a cache may return the previous text if the file is unchanged.</summary>
    public virtual string? ReadText(string fullPath, FileInfo info, Func<string?> read) => read();

    /// <summary>Loads the content folder; <paramref name="load"/> lists and reads everything, reporting into the bag it is given.</summary>
    public virtual ContentSet? LoadContent(DiagnosticBag diagnostics, Func<DiagnosticBag, ContentSet?> load) => load(diagnostics);

    /// <summary>The rendered body of <paramref name="page"/> when it can be reused as is (its diagnostics replayed), or null.</summary>
    public virtual RenderedMarkdown? ReuseMarkdown(ContentPage page, SitePath url, DiagnosticBag diagnostics) => null;

    /// <summary>True with the earlier result (null for a file that failed to parse, its diagnostics replayed) when <paramref name="file"/> need not be parsed again.</summary>
    public virtual bool TryReuseParse(SourceFile file, int defaultYear, DiagnosticBag diagnostics, out ContentPage? page)
    {
        page = null;
        return false;
    }

    /// <summary>For each file in order, true with the earlier result in <paramref name="pages"/> when it need not be parsed again (see <see cref="TryReuseParse"/>).</summary>
    public virtual bool[] ReuseParses(IReadOnlyList<SourceFile> files, int defaultYear, DiagnosticBag diagnostics, ContentPage?[] pages)
    {
        var reused = new bool[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            reused[i] = TryReuseParse(files[i], defaultYear, diagnostics, out pages[i]);
        }

        return reused;
    }

    /// <summary>Parses one source file; <paramref name="parse"/> reports into the bag it is given.</summary>
    public virtual ContentPage? Parse(SourceFile file, int defaultYear, DiagnosticBag diagnostics, Func<DiagnosticBag, ContentPage?> parse) =>
        parse(diagnostics);

    /// <summary>Renders one page body; <paramref name="render"/> reports into the bag it is given.</summary>
    public virtual RenderedMarkdown Markdown(ContentPage page, SitePath url, DiagnosticBag diagnostics, Func<DiagnosticBag, RenderedMarkdown> render) =>
        render(diagnostics);

    /// <summary>Binds the parsed pages into the site model (the validate stage); <paramref name="bind"/> reports into the bag it is given.</summary>
    public virtual SiteModel Bind(SiteConfig config, ContentSet content, IReadOnlyList<ContentPage> pages, DiagnosticBag diagnostics, Func<DiagnosticBag, SiteModel> bind) =>
        bind(diagnostics);

    /// <summary>For each (page, path) in order, its rendered body when it can be reused as is (its diagnostics replayed), or null.</summary>
    public virtual RenderedMarkdown?[] ReuseMarkdown(IReadOnlyList<(ContentPage Page, SitePath Url)> targets, DiagnosticBag diagnostics)
    {
        var reused = new RenderedMarkdown?[targets.Count];
        for (var i = 0; i < targets.Count; i++)
        {
            reused[i] = ReuseMarkdown(targets[i].Page, targets[i].Url, diagnostics);
        }

        return reused;
    }

    /// <summary>Called once the site is validated and bound, before Markdown is rendered.</summary>
    public virtual void SiteBound(SiteModel site)
    {
    }

    /// <summary>The cache of rendered pages for this build of <paramref name="site"/>, or null to render every page.</summary>
    public virtual RenderedPageCache? ForTheme(SiteModel site, ContentSet content) => null;
}
