namespace ItaSite.Generator.Data.Tables;

/// <summary>
/// The quarterly and first-six-months tables published next to the monthly statistics (O16, O29). Every figure is a sum of the
/// monthly data of the same file, so the two tables cannot disagree.
/// </summary>
public static class PeriodTables
{
    public const string Suffix = "-quarters";

    /// <summary>One row per period (ไตรมาสที่ 1–4, รอบ 6 เดือนแรก) with the complaint counts summed over its months.</summary>
    public static DataTable Complaints(ComplaintStatistics set)
    {
        var periods = StatisticsPeriods.Of([.. set.Months.Select(m => m.Month)]);
        var received = set.Months.Select(m => m.Received).ToList();
        var completed = set.Months.Select(m => m.Completed).ToList();
        var inProgress = set.Months.Select(m => m.InProgress).ToList();
        return new DataTable(
            set.Id + Suffix,
            $"{set.Title}: รายไตรมาสและรอบ 6 เดือน",
            [
                new("period", "ช่วงเวลา"), new("from", "ตั้งแต่เดือน", CellKind.Month), new("to", "ถึงเดือน", CellKind.Month),
                new("months", "จำนวนเดือนที่มีข้อมูล", CellKind.Count),
                new("received", "เรื่องที่ได้รับ", CellKind.Count), new("completed", "ดำเนินการแล้วเสร็จ", CellKind.Count), new("in_progress", "อยู่ระหว่างดำเนินการ", CellKind.Count),
            ],
            [.. periods.Select(p => (IReadOnlyList<DataCell>)
            [
                DataCell.Of(p.Label), DataCell.Of(p.From), DataCell.Of(p.To), DataCell.Of(p.MonthIndexes.Count),
                DataCell.Of(p.Sum(received)), DataCell.Of(p.Sum(completed)), DataCell.Of(p.Sum(inProgress)),
            ])]);
    }

    /// <summary>One row per service, one column per period, with a totals row; headers carry the months of each period.</summary>
    public static DataTable Services(ServiceStatistics set)
    {
        var periods = StatisticsPeriods.Of(set.Months);
        var columns = new List<DataColumn> { new("service", "งานบริการ") };
        columns.AddRange(periods.Select(p => new DataColumn(p.Key, Header(p), CellKind.Count)));
        var rows = set.Services.Select(s => (IReadOnlyList<DataCell>)[DataCell.Of(s.Name), .. periods.Select(p => DataCell.Of(p.Sum(s.Counts)))]).ToList();
        var monthTotals = set.Months.Select((_, i) => set.MonthTotal(i)).ToList();
        IReadOnlyList<DataCell> totals = [DataCell.Of("รวม"), .. periods.Select(p => DataCell.Of(p.Sum(monthTotals)))];
        return new DataTable(set.Id + Suffix, $"{set.Title}: รายไตรมาสและรอบ 6 เดือน", columns, rows, totals);
    }

    /// <summary><c>ไตรมาสที่ 1 (ต.ค. 65 – ธ.ค. 65)</c>, and how many months have data when some are missing.</summary>
    private static string Header(StatisticsPeriod period)
    {
        var partial = period.Complete ? string.Empty : $", มีข้อมูล {period.MonthIndexes.Count} จาก {period.Length} เดือน";
        return $"{period.Label} ({StatisticsPeriods.Range(period)}{partial})";
    }
}
