using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Reuse;

/// <summary>The units of work the pipeline runs through an <see cref="IStepRunner"/>, one per input (a file, a page, a piece).</summary>
public enum ReusableStep
{
    /// <summary>Reading and decoding one text file of the content folder; inputs: its length and modification time.</summary>
    ReadText,

    /// <summary>Reading one file a watcher reported changed, without listing the folder; inputs as <see cref="ReadText"/>.</summary>
    ReadChanged,

    /// <summary>Parsing site.yaml; inputs: the source file. Reused, the site's settings stay the same objects from edit to edit.</summary>
    SiteConfig,

    /// <summary>Finding the years and loading their frameworks; inputs: site.yaml, the YAML files and the first file of each year folder.</summary>
    Years,

    /// <summary>Parsing one Markdown file; inputs: the source file.</summary>
    Parse,

    /// <summary>Giving one plain page its published path; inputs: the parsed page. Reused, the bound page stays the same object.</summary>
    BindPage,

    /// <summary>Building the link table; inputs: every page's content path, display path and published path, the frameworks and the assets.</summary>
    LinkTable,

    /// <summary>Rendering one page body; inputs: the page, its path, the links it resolves against and the HTML settings.</summary>
    Markdown,

    /// <summary>Rendering one page through the theme; inputs: the theme, the site and the page's model.</summary>
    Theme,

    /// <summary>pdftotext on one attachment; inputs: its length and modification time.</summary>
    PdfText,

    /// <summary>Writing sitemap.xml; inputs: the base URL, the pages' dates and every published path.</summary>
    Sitemap,

    /// <summary>Joining one page's search text; inputs: its <see cref="Search.SearchDocumentInputs"/>.</summary>
    SearchDocument,

    /// <summary>Gathering and joining one plain page's search text; inputs: the bound page, its body and what every page shares (data, PDF text, number format).</summary>
    SearchPage,

    /// <summary>Serialising and folding one page's share of the search index; inputs: its raw document.</summary>
    SearchParts,

    /// <summary>Putting the output files in path order; inputs: every output path, in the order the stages made them.</summary>
    OutputOrder,

    /// <summary>Compressing one piece of a search index file; inputs: the piece's segments or bytes.</summary>
    GzipPiece,
}

/// <summary>
/// Marks a record of inputs that every unit of a step shares within one build (the link table and HTML settings of every page
/// body, say): a runner compares two of them once per build, not once per unit.
/// </summary>
public interface ISharedInputs;

/// <summary>
/// How the pipeline runs a step whose output depends only on its inputs. A plain build runs every step
/// (<see cref="RunEveryStep"/>); <c>serve</c>'s session returns the output of the last run with equal inputs and replays the
/// diagnostics that run reported. The stages themselves know nothing of either: they are the <c>work</c> functions.
/// </summary>
public interface IStepRunner
{
    /// <summary>
    /// The output of <paramref name="work"/> on <paramref name="inputs"/>, reporting into <paramref name="diagnostics"/>.
    /// <paramref name="id"/> names the unit (a content path, a page path) so the runner can find the earlier run to compare
    /// with; it is never part of the comparison. Called in parallel.
    /// </summary>
    TOut Run<TIn, TOut>(ReusableStep step, object id, TIn inputs, Func<TIn, DiagnosticBag, TOut> work, DiagnosticBag diagnostics);

    /// <summary>
    /// Runs one step over a whole list of units (every page of a stage): the output of <paramref name="work"/> for the unit at each
    /// index of <paramref name="inputs"/>, in list order, at most <paramref name="parallelism"/> at once. <paramref name="id"/> names
    /// a unit by its inputs, as in <see cref="Run"/>; <paramref name="work"/> is given the unit's index and must depend only on
    /// that unit's inputs. Each unit's
    /// diagnostics are added to <paramref name="diagnostics"/> in list order, so they do not depend on timing. A step is run this
    /// way at most once per build: a runner may keep one list per step and compare the next build's with it position by position.
    /// </summary>
    TOut[] RunAll<TIn, TOut>(ReusableStep step, IReadOnlyList<TIn> inputs, Func<TIn, object> id, Func<int, DiagnosticBag, TOut> work, DiagnosticBag diagnostics, int parallelism);

    /// <summary><see cref="RunAll"/> for work that awaits (the theme renderer).</summary>
    Task<TOut[]> RunAllAsync<TIn, TOut>(ReusableStep step, IReadOnlyList<TIn> inputs, Func<TIn, object> id, Func<int, DiagnosticBag, ValueTask<TOut>> work, DiagnosticBag diagnostics, int parallelism, CancellationToken cancellationToken);
}
