using ItaSite.Generator.Content;
using ItaSite.Generator.Data.Loading;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Search;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Checking;

/// <summary>
/// What the evidence checks of one item need: the bound item, its rendered body, the data sets, the period the framework
/// requires (<see cref="From"/>–<see cref="To"/>, null when the item has no time rule) and the day of the check.
/// </summary>
public sealed record EvidenceContext(
    SiteModel Site,
    BoundItem Item,
    RenderedMarkdown? Body,
    DataCatalog Data,
    PdfTextExtractor? PdfText,
    DateOnly Today,
    DateOnly? From,
    DateOnly? To)
{
    /// <summary>The build's published-file policy: a file it refuses is reported there once, so evidence checks skip it.</summary>
    public Publishing.PublishedFilePolicy Files { get; init; } = new();

    public ItemPage Page => Item.Page;

    /// <summary>The last day evidence can already exist for: the period's end, or the end of last month while the period runs.</summary>
    public DateOnly? DueBy => To is not { } to ? null
        : Today > to ? to
        : new DateOnly(Today.Year, Today.Month, 1).AddDays(-1);

    public ResolvedLink Resolve(string target) => Site.Links.Resolve(Page.Source.ContentPath, target);

    /// <summary>The section of the page an evidence target names (<c>#id</c>), or null for other targets.</summary>
    public PageSection? Section(string target) =>
        target.StartsWith('#') && Body is not null ? PageSection.Find(Page, Body, target[1..]) : null;
}
