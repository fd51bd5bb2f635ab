using ItaSite.Generator.Content;
using ItaSite.Generator.Framework;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Output;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Theming;

/// <summary>Model of a plain Markdown page.</summary>
public sealed record GenericView(PageContext Context, RenderedBody Body);

/// <summary>Readiness of one assessment year, for the home page and the years index; current, archive (past) or draft.</summary>
public sealed record YearSummary(int Year, SitePath Index, int ItemCount, int Published, int Done, bool IsCurrent = false, bool IsArchive = false, bool IsDraft = false);

/// <summary>A year in the year switcher: where the same page (or topic) is in that year.</summary>
public sealed record YearLink(int Year, SitePath Url, bool IsCurrent, bool IsArchive, bool IsDraft);

/// <summary>An item of another year that carries the same topic (from the frameworks' cross-year mapping).</summary>
public sealed record TopicLink(int Year, string Code, string Title, SitePath Url, bool IsCurrent, bool IsArchive, bool IsDraft);

/// <summary>Model of <c>/oit/</c>: every assessment year of the site, the current one first.</summary>
public sealed record YearsView(PageContext Context, IReadOnlyList<YearSummary> Years);

public sealed record HomeView(PageContext Context, RenderedBody Body, IReadOnlyList<YearSummary> Years);

/// <summary>One row of the OIT index: the framework item and its page, if the site has one.</summary>
public sealed record IndexRow(FrameworkItem Item, BoundItem? Page, SitePath Url)
{
    public PageStatus Status => Page?.Page.Status ?? PageStatus.NotStarted;
}

public sealed record IndexGroup(OitIndicator Indicator, SubIndicator SubIndicator, IReadOnlyList<IndexRow> Rows);

public sealed record OitIndexView(PageContext Context, IndicatorFramework Framework, IReadOnlyList<IndexGroup> Groups);

/// <summary>A place where a component is satisfied, ready to link.</summary>
public sealed record EvidenceView(string Label, string Href);

public sealed record ComponentRow(Component Component, IReadOnlyList<EvidenceView> Evidence)
{
    public bool Covered => Evidence.Count > 0;
}

public sealed record AttachmentView(string Title, string FileName, string Href, string Size, string Type);

/// <summary>A measure as a row of the O42/O43 report tables.</summary>
public sealed record MeasureRow(BoundMeasure Measure, string Href);

/// <summary>Model of one OIT item page. <see cref="Page"/> is null when the site has not written the item yet.</summary>
public sealed record ItemView(
    PageContext Context,
    FrameworkItem Item,
    BoundItem? Page,
    RenderedBody Body,
    IReadOnlyList<ComponentRow> Components,
    IReadOnlyList<AttachmentView> Attachments,
    IReadOnlyList<MeasureRow> RelatedMeasures,
    IReadOnlyList<MeasureRow> MeasuresList,
    IReadOnlyList<MeasureRow> MeasuresProgress,
    SitePath Index,
    SitePath? Previous,
    SitePath? Next)
{
    public PageStatus Status => Page?.Page.Status ?? PageStatus.NotStarted;

    /// <summary>The same topic in the site's other years, newest first (ข้อนี้ในปีอื่น).</summary>
    public IReadOnlyList<TopicLink> SameTopic { get; init; } = [];
}

/// <summary>An OIT item a measure addresses.</summary>
public sealed record ItemLinkView(string Code, string Title, string Href);

public sealed record MeasureView(
    PageContext Context,
    BoundMeasure Measure,
    RenderedBody Body,
    IReadOnlyList<ItemLinkView> Items,
    IReadOnlyList<PerceptionIndicator> PerceptionIndicators,
    IReadOnlyList<AttachmentView> Attachments);

public sealed record NotFoundView(PageContext Context);

public sealed record SearchView(PageContext Context);
