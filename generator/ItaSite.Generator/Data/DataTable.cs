namespace ItaSite.Generator.Data;

/// <summary>How a cell is written: on the page (Thai formatting), in CSV (invariant text) and in JSON (typed value).</summary>
public enum CellKind
{
    Text,
    Count,
    Money,
    Date,
    Month,
}

/// <summary>One value of a table. Numbers keep their exact decimal; dates and months their calendar value.</summary>
public sealed record DataCell(CellKind Kind, string? Text = null, decimal Number = 0, DateOnly? Date = null, YearMonth? Month = null)
{
    public static DataCell Of(string? text) => new(CellKind.Text, text);

    public static DataCell Of(int count) => new(CellKind.Count, Number: count);

    public static DataCell Money(decimal? value) => value is null ? new(CellKind.Text) : new(CellKind.Money, Number: value.Value);

    public static DataCell Of(DateOnly? date) => date is null ? new(CellKind.Text) : new(CellKind.Date, Date: date);

    public static DataCell Of(YearMonth month) => new(CellKind.Month, Month: month);

    public bool IsEmpty => Kind == CellKind.Text && string.IsNullOrEmpty(Text);

    public bool IsNumeric => Kind is CellKind.Count or CellKind.Money;
}

/// <summary>A column: a stable machine key (CSV/JSON) and its Thai header.</summary>
public sealed record DataColumn(string Key, string Header, CellKind Kind = CellKind.Text, YearMonth? Month = null);

/// <summary>
/// A table as published: the page shows it with a caption and header cells, and the same rows are written to
/// <c>/data/&lt;Id&gt;.csv</c> and <c>.json</c>. The first column heads each row (<c>th scope="row"</c>).
/// </summary>
public sealed record DataTable(string Id, string Caption, IReadOnlyList<DataColumn> Columns, IReadOnlyList<IReadOnlyList<DataCell>> Rows, IReadOnlyList<DataCell>? Totals = null)
{
    public Output.SitePath CsvPath => new($"/data/{Id}.csv");

    public Output.SitePath JsonPath => new($"/data/{Id}.json");
}
