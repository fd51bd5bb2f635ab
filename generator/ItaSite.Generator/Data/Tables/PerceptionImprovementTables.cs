using System.Globalization;

namespace ItaSite.Generator.Data.Tables;

/// <summary>
/// The open-data form of the IIT/EIT improvement tables: one table per tool with the seeds' columns, the months as ISO values
/// and the progress as text (never a tick glyph), so the CSV reads without the page.
/// </summary>
public static class PerceptionImprovementTables
{
    public static IReadOnlyList<DataTable> Of(PerceptionImprovementSet set) =>
        [.. set.Tools.Select(tool => Table(set, tool))];

    public static string Caption(string tool) => tool switch
    {
        "IIT" => "ประเด็นการประเมิน IIT (การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน)",
        "EIT" => "ประเด็นการประเมิน EIT (การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก)",
        _ => "ประเด็นการประเมิน " + tool,
    };

    private static DataTable Table(PerceptionImprovementSet set, string tool) => new(
        set.TableId(tool),
        Caption(tool),
        [
            new("indicator", "ตัวชี้วัดที่", CellKind.Count),
            new("indicator_title", "ตัวชี้วัด"),
            new("guidelines", "แนวทางในการยกระดับการประเมิน"),
            new("responsible", "ผู้รับผิดชอบ"),
            new("from", "ตั้งแต่เดือน", CellKind.Month),
            new("to", "ถึงเดือน", CellKind.Month),
            new("status", "ความก้าวหน้า"),
            new("results", "ผลการดำเนินการ"),
            new("measures", "มาตรการที่เกี่ยวข้อง"),
        ],
        [.. set.RowsOf(tool).Select(r => (IReadOnlyList<DataCell>)
        [
            DataCell.Of(r.Indicator.Number),
            DataCell.Of(r.Indicator.Title),
            DataCell.Of(string.Join("\n", r.Guidelines.Select((g, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {g}")))),
            DataCell.Of(r.Responsible),
            DataCell.Of(r.From),
            DataCell.Of(r.To),
            DataCell.Of(Content.PageStatusNames.Thai(r.Status)),
            DataCell.Of(r.Results.Count == 0 ? null : string.Join("\n", r.Results)),
            DataCell.Of(r.Measures.Count == 0 ? null : string.Join(", ", r.Measures.Select(n => n.ToString(CultureInfo.InvariantCulture)))),
        ])]);
}
