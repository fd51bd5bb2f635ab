using ItaSite.Generator.Thai;

namespace ItaSite.Generator.Data.Tables;

/// <summary>How cells and months read on a page: <c>1,234,567.50 บาท</c>, <c>15 มี.ค. 2566</c>, <c>ต.ค. 65</c>, Thai digits if the site wants them.</summary>
public static class CellFormatter
{
    public static string Display(DataCell cell, ThaiFormatter format) => cell.Kind switch
    {
        CellKind.Count => format.Number((long)cell.Number),
        CellKind.Money => format.Money(cell.Number),
        CellKind.Date => cell.Date is { } d ? format.MediumDate(d) : string.Empty,
        CellKind.Month => cell.Month is { } m ? format.MonthYear(m.Year, m.Month) : string.Empty,
        _ => format.Digits(cell.Text ?? string.Empty),
    };

    /// <summary><c>ต.ค. 65</c>, for chart axes and month columns.</summary>
    public static string ShortMonth(YearMonth month, ThaiFormatter format) =>
        format.Digits($"{ThaiFormatter.AbbreviatedMonthName(month.Month)} {(month.Year + FiscalYear.BuddhistOffset) % 100:00}");

    public static string Header(DataColumn column, ThaiFormatter format) =>
        column.Month is { } m ? ShortMonth(m, format) : format.Digits(column.Header);
}
