namespace ItaSite.Generator.Data.Tables;

/// <summary>A column: a stable machine key (CSV/JSON) and its Thai header.</summary>
public sealed record DataColumn(string Key, string Header, CellKind Kind = CellKind.Text, YearMonth? Month = null);
