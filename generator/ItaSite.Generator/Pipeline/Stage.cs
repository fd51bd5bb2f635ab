namespace ItaSite.Generator.Pipeline;

/// <summary>
/// The build's stages in the order they run, the one list the builder times, the progress display shows and
/// docs/architecture.md describes. <see cref="Readiness"/> runs only for <c>check</c>; <see cref="Write"/> only when the
/// build writes a folder.
/// </summary>
public enum Stage
{
    /// <summary>Read the content folder (Content/ContentLoader).</summary>
    Load,

    /// <summary>Parse site.yaml (Content/SiteConfigParser).</summary>
    Site,

    /// <summary>Parse each Markdown file's front matter into a typed page (Content/PageParser).</summary>
    Parse,

    /// <summary>Bind pages to framework items and published paths (Binding/SiteBinder).</summary>
    Validate,

    /// <summary>Render page bodies (Markdown/MarkdownRenderer).</summary>
    Markdown,

    /// <summary>Load the data files and check the directives that use them (Data/Loading).</summary>
    Data,

    /// <summary>Check every link and pick the attachments to publish (Links/).</summary>
    Links,

    /// <summary>Judge each item against the framework, for <c>check</c> (Checking/).</summary>
    Readiness,

    /// <summary>Compose and render every page through the theme (Theming/).</summary>
    Theme,

    /// <summary>Everything made after the pages: exports, attachments, assets, manifests, the ITAS sheet, feed, sitemap (Assemble/).</summary>
    Assemble,

    /// <summary>Build the search index (Search/).</summary>
    Index,

    /// <summary>Write the output folder (Output/OutputWriter).</summary>
    Write,
}

public static class StageNames
{
    /// <summary>The stage's name as the progress display and timings print it (<c>load</c>, <c>theme</c>…).</summary>
    public static string Name(this Stage stage) => stage switch
    {
        Stage.Load => "load",
        Stage.Site => "site",
        Stage.Parse => "parse",
        Stage.Validate => "validate",
        Stage.Markdown => "markdown",
        Stage.Data => "data",
        Stage.Links => "links",
        Stage.Readiness => "readiness",
        Stage.Theme => "theme",
        Stage.Assemble => "assemble",
        Stage.Index => "index",
        Stage.Write => "write",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };
}
