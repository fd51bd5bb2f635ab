using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;

namespace ItaSite.Generator.Content;

/// <summary>The Markdown after the front matter, with the file line its first line has.</summary>
public sealed record MarkdownBody(string Text, int FirstLine);

/// <summary>An attachment listed in front matter, resolved to a content path.</summary>
public sealed record AttachmentRef(string ContentPath, string? Title, SourceSpan Span);

/// <summary>Where a component of an item is satisfied: <c>#anchor</c> on the page, an attachment, a site page or an external URL.</summary>
public sealed record EvidenceRef(string ComponentId, string Target, SourceSpan Span);

public sealed record DateRange(DateOnly From, DateOnly To);

/// <summary>Anything the generator turns into a page.</summary>
public abstract record ContentPage(SourceFile Source, MarkdownBody Body, IReadOnlyList<AttachmentRef> Attachments);

/// <summary>One OIT item page (front matter key <c>indicator:</c>).</summary>
public sealed record ItemPage(
    SourceFile Source,
    MarkdownBody Body,
    IReadOnlyList<AttachmentRef> Attachments,
    IndicatorCode Code,
    SourceSpan CodeSpan,
    int Year,
    string? Title,
    PageStatus Status,
    string? Responsible,
    DateOnly? Updated,
    SourceSpan UpdatedSpan,
    int? FiscalYear,
    SourceSpan FiscalYearSpan,
    DateRange? Covers,
    string? Summary,
    IReadOnlyList<EvidenceRef> Evidence,
    IReadOnlyList<string> Includes) : ContentPage(Source, Body, Attachments);

/// <summary>A reporting round of a measure: รอบ 6 เดือน or รอบ 12 เดือน.</summary>
public sealed record MeasureRound(int Months, DateOnly? Date, PageStatus Status, string? Result, string? Outcome);

/// <summary>One measure (มาตรการ) of the agency's integrity and transparency programme.</summary>
public sealed record MeasurePage(
    SourceFile Source,
    MarkdownBody Body,
    IReadOnlyList<AttachmentRef> Attachments,
    int Number,
    SourceSpan NumberSpan,
    int Year,
    string Title,
    string? Issue,
    IReadOnlyList<(IndicatorCode Code, SourceSpan Span)> Indicators,
    IReadOnlyList<(int Number, SourceSpan Span)> PerceptionIndicators,
    string? Method,
    string? Monitoring,
    string? Period,
    DateOnly? Start,
    DateOnly? End,
    string? Responsible,
    PageStatus Status,
    string? Result,
    string? Outcome,
    IReadOnlyList<MeasureRound> Rounds) : ContentPage(Source, Body, Attachments);

/// <summary>A plain page (home, about, privacy notice, Q&amp;A, complaint channels…).</summary>
public sealed record GenericPage(
    SourceFile Source,
    MarkdownBody Body,
    IReadOnlyList<AttachmentRef> Attachments,
    string Title,
    string? Description,
    int? Menu) : ContentPage(Source, Body, Attachments);
