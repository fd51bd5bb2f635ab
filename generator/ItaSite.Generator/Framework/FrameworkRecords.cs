using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Framework;

/// <summary>One required data component (องค์ประกอบด้านข้อมูล) of an OIT item.</summary>
public sealed record Component(string Id, string Text);

/// <summary>A sub-indicator such as 9.1 ข้อมูลพื้นฐาน.</summary>
public sealed record SubIndicator(string Id, string Title, int IndicatorNumber);

/// <summary>An OIT indicator: 9 การเปิดเผยข้อมูล or 10 การป้องกันการทุจริต.</summary>
public sealed record OitIndicator(int Number, string Title, IReadOnlyList<SubIndicator> SubIndicators);

/// <summary>An IIT/EIT indicator (1–8), which measures can address.</summary>
public sealed record PerceptionIndicator(int Number, string Tool, string Title)
{
    public string Label => $"ตัวชี้วัดที่ {Number} {Title}";
}

/// <summary>One OIT item of one assessment year, with its official title, components and time rule.</summary>
public sealed record FrameworkItem(
    IndicatorCode Code,
    string Title,
    SubIndicator SubIndicator,
    string? Topic,
    PeriodRule Period,
    IReadOnlyList<Component> Components)
{
    /// <summary>How sure the title, components and period are (the file's confidence unless the item says otherwise).</summary>
    public Confidence Confidence { get; init; } = Confidence.Medium;

    /// <summary>True when the title or components are a best inference that staff must check against the NACC manual.</summary>
    public bool Provisional { get; init; }

    /// <summary>Where the entry comes from (source keys of the research notes, an agency page…), free text.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// Codes of the previous year's items this item continues: one = continued or renamed, several = merged; a previous code
    /// under several items = split; empty = new this year.
    /// </summary>
    public IReadOnlyList<IndicatorCode> Continues { get; init; } = [];

    /// <summary>Where each <see cref="Continues"/> entry is written, for mapping diagnostics (same order).</summary>
    public IReadOnlyList<SourceSpan> ContinuesSpans { get; init; } = [];

    /// <summary>Where the item starts in its framework file.</summary>
    public SourceSpan Span { get; init; }

    public Component? FindComponent(string id) => Components.FirstOrDefault(c => c.Id == id);
}
