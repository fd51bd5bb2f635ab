namespace ItaSite.Generator.Data;

/// <summary>One month of procurement (O21): its count and total as reported, and the items listed.</summary>
public sealed record ProcurementMonth(YearMonth Month, int Count, decimal Total, DateOnly? Reported, IReadOnlyList<ProcurementItem> Items);
