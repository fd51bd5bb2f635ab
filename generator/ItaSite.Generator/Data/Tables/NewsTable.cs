namespace ItaSite.Generator.Data.Tables;

/// <summary>The table a news file publishes as CSV/JSON: newest first, with the page or URL of the details.</summary>
public static class NewsTable
{
    public static DataTable Of(NewsSet set) => new(
        set.Id,
        set.Title,
        [new("date", "วันที่", CellKind.Date), new("title", "หัวข้อ"), new("summary", "สรุป"), new("link", "รายละเอียด")],
        [.. set.Newest.Select(e => (IReadOnlyList<DataCell>)[DataCell.Of(e.Date), DataCell.Of(e.Title), DataCell.Of(e.Summary), DataCell.Of(e.Page ?? e.Url)])]);
}
