namespace ItaSite.Generator.Data.Tables;

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
