using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ItaSite.Generator.Years.NewYear;

/// <summary>
/// The framework of a year whose NACC list is not public yet: the previous year's file, copied with its comments, with the year,
/// <c>previous_year</c> and title advanced, <c>confidence: draft</c>, and every item continuing the item of the same code, so the
/// agency can start now and correct the file the day the manual appears.
/// </summary>
public static partial class DraftFramework
{
    public static string From(string previousText, int previousYear, int year)
    {
        var y = year.ToString(CultureInfo.InvariantCulture);
        var p = previousYear.ToString(CultureInfo.InvariantCulture);
        var output = new StringBuilder();
        output.Append(CultureInfo.InvariantCulture, $"""
            # กรอบการประเมิน ITA {y} ฉบับร่าง: คัดลอกจากกรอบของปี {p} โดยคำสั่ง itasite new-year เพราะยังไม่มีกรอบของปี {y}
            # ตรวจสอบกับคู่มือการประเมินของสำนักงาน ป.ป.ช. ปี {y} เมื่อประกาศ แล้วแก้ข้อ ชื่อ องค์ประกอบ และ continues ให้ตรง
            # จากนั้นเปลี่ยน confidence: draft เป็นระดับที่ตรวจแล้ว (high/medium/low)
            # Draft framework of ITA {y}, copied from {p} by 'itasite new-year'; check it against the NACC manual of {y}.

            """);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? itemIndent = null;
        string? itemCode = null;
        var skippingBlockList = false;
        foreach (var line in previousText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (skippingBlockList)
            {
                if (BlockListEntry().IsMatch(line))
                {
                    continue;
                }

                skippingBlockList = false;
            }

            if (TopLevel().Match(line) is { Success: true } top)
            {
                var key = top.Groups[1].Value;
                seen.Add(key);
                switch (key)
                {
                    case "year":
                        output.Append("year: ").Append(y).Append('\n');
                        if (!previousText.Contains("\nprevious_year:", StringComparison.Ordinal))
                        {
                            output.Append("previous_year: ").Append(p).Append('\n');
                        }

                        continue;
                    case "previous_year":
                        output.Append("previous_year: ").Append(p).Append('\n');
                        continue;
                    case "confidence":
                        output.Append("confidence: draft\n");
                        continue;
                    case "title":
                        output.Append(line.Replace(p, y, StringComparison.Ordinal)).Append('\n');
                        continue;
                }
            }

            if (ItemStart().Match(line) is { Success: true } item)
            {
                output.Append(line).Append('\n');
                itemIndent = item.Groups[1].Value + "  ";
                itemCode = item.Groups[2].Value;
                output.Append(itemIndent).Append("continues: [").Append(itemCode).Append("]\n");
                continue;
            }

            if (itemIndent is not null && line.StartsWith(itemIndent + "continues:", StringComparison.Ordinal))
            {
                skippingBlockList = line.TrimEnd().EndsWith(':');
                continue; // replaced by the line written after 'code:'
            }

            output.Append(line).Append('\n');
        }

        var text = output.ToString().TrimEnd('\n') + "\n";
        return seen.Contains("confidence") ? text : text.Replace($"\nyear: {y}\n", $"\nyear: {y}\nconfidence: draft\n", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^([a-z_]+):")]
    private static partial Regex TopLevel();

    [GeneratedRegex(@"^(\s*)- code:\s*""?(O\d+)""?\s*(#.*)?$")]
    private static partial Regex ItemStart();

    [GeneratedRegex(@"^\s+-\s*""?O\d+""?\s*(#.*)?$")]
    private static partial Regex BlockListEntry();
}
