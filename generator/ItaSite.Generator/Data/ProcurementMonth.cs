namespace ItaSite.Generator.Data;

/// <summary>One month of procurement (O21): its count and total as reported, and the items listed.</summary>
public sealed record ProcurementMonth(YearMonth Month, int Count, decimal Total, DateOnly? Reported, IReadOnlyList<ProcurementItem> Items)
{
    /// <summary>Where <c>count</c> is written, for readiness findings.</summary>
    public Diagnostics.SourceSpan CountSpan { get; init; }

    /// <summary>Why fewer items are listed than counted (e.g. "รายการครบอยู่ในไฟล์แนบ"); without it a short list is a finding.</summary>
    public string? Note { get; init; }
}
