using System.Globalization;
using System.Text;
using ItaSite.Generator.Content;
using ItaSite.Generator.Data;
using ItaSite.Generator.Data.Tables;
using ItaSite.Generator.Thai;

namespace ItaSite.Generator.Search;

/// <summary>
/// Cells that the theme writes differently from the table's CSV form (a period as "พ.ย. ๖๕ – ก.ย. ๖๖" where the CSV has two
/// month columns, a status as "สถานะ: ดำเนินการแล้ว", a measure's period with its dates), written the way the page shows them,
/// so a phrase copied from the page finds it. Mirrors <c>ImprovementTable.razor</c> and <c>MeasuresTable.razor</c>.
/// </summary>
public static class DisplayForms
{
    public static void Improvements(StringBuilder sb, PerceptionImprovementSet set, ThaiFormatter format)
    {
        foreach (var tool in set.Tools)
        {
            foreach (var row in set.RowsOf(tool))
            {
                sb.Append(format.Digits(row.Indicator.Label)).Append('\n');
                foreach (var guideline in row.Guidelines)
                {
                    sb.Append(format.Digits(guideline)).Append('\n');
                }

                sb.Append(CellFormatter.ShortMonth(row.From, format)).Append(" – ").Append(CellFormatter.ShortMonth(row.To, format)).Append('\n');
                // The progress cell: status, results, related measures, in that order.
                sb.Append("สถานะ: ").Append(row.Status.Thai());
                foreach (var result in row.Results)
                {
                    sb.Append(' ').Append(format.Digits(result));
                }

                if (row.Measures.Count > 0)
                {
                    sb.Append(" มาตรการที่เกี่ยวข้อง: ")
                        .AppendJoin(", ", row.Measures.Select(n => "มาตรการที่ " + format.Digits(n.ToString(CultureInfo.InvariantCulture))));
                }

                sb.Append('\n');
            }
        }
    }

    /// <summary>The period cell of a measure in the measures tables.</summary>
    public static string? MeasurePeriod(MeasurePage m, ThaiFormatter format)
    {
        var range = m.Start is { } s && m.End is { } e ? format.ShortRange(s, e) : null;
        return (m.Period, range) switch
        {
            (not null, not null) => $"{format.Digits(m.Period)} ({range})",
            (not null, null) => format.Digits(m.Period),
            (null, not null) => range,
            _ => null,
        };
    }

    /// <summary>The measures of a year as the O42/O43 tables show their periods and round results.</summary>
    public static void Measures(StringBuilder sb, IEnumerable<MeasurePage> measures, ThaiFormatter format)
    {
        foreach (var m in measures)
        {
            if (MeasurePeriod(m, format) is { } period)
            {
                sb.Append(period).Append('\n');
            }

            foreach (var round in m.Rounds)
            {
                sb.Append("รอบ ").Append(format.Digits(round.Months.ToString(CultureInfo.InvariantCulture))).Append(" เดือน: ")
                    .Append(format.Digits(round.Result ?? string.Empty)).Append('\n');
            }
        }
    }
}
