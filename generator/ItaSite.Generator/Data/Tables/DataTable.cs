
namespace ItaSite.Generator.Data.Tables;

/// <summary>
/// A table as published: the page shows it with a caption and header cells, and the same rows are written to
/// <c>/data/&lt;Id&gt;.csv</c> and <c>.json</c>. The first column heads each row (<c>th scope="row"</c>).
/// </summary>
public sealed record DataTable(string Id, string Caption, IReadOnlyList<DataColumn> Columns, IReadOnlyList<IReadOnlyList<DataCell>> Rows, IReadOnlyList<DataCell>? Totals = null)
{
    public Output.SitePath CsvPath => new($"/data/{Id}.csv");

    public Output.SitePath JsonPath => new($"/data/{Id}.json");
}
