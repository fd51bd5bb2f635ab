using ItaSite.Generator.Content;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Data.Tables;

/// <summary>Turns each kind of data set (and the measures of a year) into the tables that are shown and downloaded.</summary>
public static class DataTables
{
    public static IReadOnlyList<DataTable> Of(DataSet set, SiteConfig config) => set switch
    {
        ExecutiveSet e => [Executives(e)],
        ContactSet c => Contacts(c, config),
        ProcurementSet p => [ProcurementSummary(p), ProcurementDetail(p)],
        ComplaintStatistics c => [Complaints(c), PeriodTables.Complaints(c)],
        ServiceStatistics s => [Services(s), PeriodTables.Services(s)],
        PerceptionImprovementSet p => PerceptionImprovementTables.Of(p),
        NewsSet n => [NewsTable.Of(n)],
        _ => [],
    };

    public static DataTable Executives(ExecutiveSet set) => new(
        set.Id,
        set.Title,
        [new("name", "ชื่อ – นามสกุล"), new("position", "ตำแหน่ง"), new("group", "กลุ่ม"), new("phone", "โทรศัพท์"), new("email", "อีเมล")],
        [.. set.Groups.SelectMany(g => g.People.Select(p => (IReadOnlyList<DataCell>)[DataCell.Of(p.Name), DataCell.Of(p.Position), DataCell.Of(g.Title), DataCell.Of(p.Phone), DataCell.Of(p.Email)]))]);

    public static IReadOnlyList<DataTable> Contacts(ContactSet set, SiteConfig config)
    {
        var rows = new List<IReadOnlyList<DataCell>>();
        void Add(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                rows.Add([DataCell.Of(label), DataCell.Of(value)]);
            }
        }

        Add("ชื่อหน่วยงาน", config.Name);
        Add("ที่อยู่", config.Address);
        Add("โทรศัพท์", string.Join(", ", config.Phones));
        Add("โทรสาร", config.Fax);
        Add("ไปรษณีย์อิเล็กทรอนิกส์", config.Email);
        Add("เว็บไซต์", set.Website);
        Add("เวลาทำการ", config.OfficeHours);
        Add("สายด่วน", set.Hotline);
        if (config.Map is { } map)
        {
            Add("พิกัด (ละติจูด, ลองจิจูด)", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{map.Latitude}, {map.Longitude}"));
        }

        var main = new DataTable(set.Id, set.Title, [new("item", "รายการ"), new("detail", "รายละเอียด")], rows);
        if (set.Units.Count == 0)
        {
            return [main];
        }

        var units = new DataTable(
            set.Id + "-units",
            "หมายเลขติดต่อของส่วนราชการ",
            [new("unit", "ส่วนราชการ"), new("phone", "โทรศัพท์"), new("email", "อีเมล")],
            [.. set.Units.Select(u => (IReadOnlyList<DataCell>)[DataCell.Of(u.Name), DataCell.Of(u.Phone), DataCell.Of(u.Email)])]);
        return [main, units];
    }

    public static DataTable ProcurementSummary(ProcurementSet set) => new(
        set.Id + "-summary",
        "สรุปผลการจัดซื้อจัดจ้างรายเดือน",
        [new("month", "เดือน", CellKind.Month), new("count", "จำนวนรายการ", CellKind.Count), new("total", "วงเงินรวม", CellKind.Money), new("reported", "วันที่รายงาน", CellKind.Date)],
        [.. set.Months.Select(m => (IReadOnlyList<DataCell>)[DataCell.Of(m.Month), DataCell.Of(m.Count), DataCell.Money(m.Total), DataCell.Of(m.Reported)])],
        [DataCell.Of("รวม"), DataCell.Of(set.Months.Sum(m => m.Count)), DataCell.Money(set.Months.Sum(m => m.Total)), DataCell.Of((string?)null)]);

    public static DataTable ProcurementDetail(ProcurementSet set) => new(
        set.Id,
        $"แบบ สขร.1 สรุปผลการดำเนินการจัดซื้อจัดจ้าง ({set.Agency})",
        [
            new("month", "เดือน", CellKind.Month),
            new("work", "งานที่ซื้อหรือจ้าง"),
            new("budget", "วงเงินที่จะซื้อหรือจ้าง", CellKind.Money),
            new("reference_price", "ราคากลาง", CellKind.Money),
            new("method", "วิธีซื้อหรือจ้าง"),
            new("bids", "รายชื่อผู้เสนอราคาและราคาที่เสนอ"),
            new("winner", "ผู้ได้รับการคัดเลือก"),
            new("winner_price", "ราคาที่ตกลงซื้อหรือจ้าง", CellKind.Money),
            new("reason", "เหตุผลที่คัดเลือกโดยสรุป"),
            new("contract", "เลขที่ของสัญญาหรือข้อตกลง"),
            new("contract_date", "วันที่ของสัญญาหรือข้อตกลง", CellKind.Date),
        ],
        [.. set.Months.SelectMany(m => m.Items.Select(i => (IReadOnlyList<DataCell>)
        [
            DataCell.Of(m.Month), DataCell.Of(i.Work), DataCell.Money(i.Budget), DataCell.Money(i.ReferencePrice), DataCell.Of(i.Method),
            DataCell.Of(string.Join("\n", i.Bids.Select((b, n) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{n + 1}) {b.Bidder} {b.Price:#,0.00}")))),
            DataCell.Of(i.Winner.Bidder), DataCell.Money(i.Winner.Price), DataCell.Of(i.Reason), DataCell.Of(i.Contract), DataCell.Of(i.ContractDate),
        ]))]);

    public static DataTable Complaints(ComplaintStatistics set) => new(
        set.Id,
        set.Title,
        [new("month", "เดือน", CellKind.Month), new("received", "เรื่องที่ได้รับ", CellKind.Count), new("completed", "ดำเนินการแล้วเสร็จ", CellKind.Count), new("in_progress", "อยู่ระหว่างดำเนินการ", CellKind.Count)],
        [.. set.Months.Select(m => (IReadOnlyList<DataCell>)[DataCell.Of(m.Month), DataCell.Of(m.Received), DataCell.Of(m.Completed), DataCell.Of(m.InProgress)])],
        [DataCell.Of("รวม"), DataCell.Of(set.Months.Sum(m => m.Received)), DataCell.Of(set.Months.Sum(m => m.Completed)), DataCell.Of(set.Months.Sum(m => m.InProgress))]);

    public static DataTable Services(ServiceStatistics set)
    {
        var columns = new List<DataColumn> { new("service", "งานบริการ") };
        columns.AddRange(set.Months.Select(m => new DataColumn(m.Iso, m.Iso, CellKind.Count, m)));
        columns.Add(new DataColumn("total", "รวม", CellKind.Count));
        var rows = set.Services.Select(s => (IReadOnlyList<DataCell>)[DataCell.Of(s.Name), .. s.Counts.Select(DataCell.Of), DataCell.Of(s.Counts.Sum())]).ToList();
        var totals = new List<DataCell> { DataCell.Of("รวม") };
        totals.AddRange(set.Months.Select((_, i) => DataCell.Of(set.MonthTotal(i))));
        totals.Add(DataCell.Of(set.Services.Sum(s => s.Counts.Sum())));
        return new DataTable(set.Id, set.Title, columns, rows, totals);
    }

    /// <summary>The O42 list (<paramref name="progress"/> false) or the O43 progress report of one year's measures.</summary>
    public static DataTable Measures(IEnumerable<BoundMeasure> measures, int year, bool progress)
    {
        var columns = new List<DataColumn>
        {
            new("number", "ลำดับ", CellKind.Count), new("title", "มาตรการ/กิจกรรม"), new("method", "วิธีการดำเนินการ"),
        };
        if (!progress)
        {
            columns.Add(new("monitoring", "แนวทางการกำกับติดตาม"));
        }

        columns.AddRange([new("period", "ระยะเวลา"), new("start", "วันเริ่มต้น", CellKind.Date), new("end", "วันสิ้นสุด", CellKind.Date), new("responsible", "ผู้รับผิดชอบ")]);
        if (progress)
        {
            columns.AddRange([new("status", "สถานะ"), new("result", "ผลการดำเนินการ"), new("outcome", "ผลลัพธ์")]);
        }

        var rows = new List<IReadOnlyList<DataCell>>();
        foreach (var m in measures.Select(b => b.Page).Where(p => p.Year == year).OrderBy(p => p.Number))
        {
            var row = new List<DataCell> { DataCell.Of(m.Number), DataCell.Of(m.Title), DataCell.Of(m.Method) };
            if (!progress)
            {
                row.Add(DataCell.Of(m.Monitoring));
            }

            row.AddRange([DataCell.Of(m.Period), DataCell.Of(m.Start), DataCell.Of(m.End), DataCell.Of(m.Responsible)]);
            if (progress)
            {
                var result = m.Rounds.Count == 0
                    ? m.Result
                    : string.Join("\n", m.Rounds.Select(r => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"รอบ {r.Months} เดือน: {r.Result}")));
                row.AddRange([DataCell.Of(PageStatusText(m.Status)), DataCell.Of(result), DataCell.Of(m.Outcome ?? m.Rounds.LastOrDefault()?.Outcome)]);
            }

            rows.Add(row);
        }

        return new DataTable(
            (progress ? "measures-progress-" : "measures-") + year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            progress ? "ความก้าวหน้าและผลการดำเนินการตามมาตรการ" : "รายการมาตรการและแนวทางการกำกับติดตาม",
            columns,
            rows);
    }

    private static string PageStatusText(PageStatus status) => status switch
    {
        PageStatus.Done => "ดำเนินการแล้ว",
        PageStatus.InProgress => "อยู่ระหว่างดำเนินการ",
        _ => "ยังไม่ได้ดำเนินการ",
    };
}
