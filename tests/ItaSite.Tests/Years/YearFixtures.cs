using System.Globalization;
using System.Text;

namespace ItaSite.Tests.Years;

/// <summary>Small framework files for years that do not ship (tests never depend on the shipped 2567–2569 lists).</summary>
internal static class YearFixtures
{
    /// <summary>A framework of <paramref name="items"/> items O1…On under sub-indicator 9.1, each with components c1 and c2.</summary>
    public static string Framework(int year, int items, string extraTopLevel = "", Func<int, string>? itemExtra = null)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"year: {year}\ntitle: กรอบการประเมินทดสอบ ปี {year}\n{extraTopLevel}");
        text.Append("indicators:\n  - number: 9\n    title: การเปิดเผยข้อมูล\n    sub_indicators:\n      - { id: \"9.1\", title: ข้อมูลพื้นฐาน }\n");
        text.Append("items:\n");
        for (var n = 1; n <= items; n++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - code: O{n}\n    title: หัวข้อทดสอบที่ {n} ของปี {year}\n    sub_indicator: \"9.1\"\n    period: none\n");
            text.Append(itemExtra?.Invoke(n) ?? string.Empty);
            text.Append("    components:\n      - { id: c1, text: แสดงข้อมูลส่วนที่หนึ่ง }\n      - { id: c2, text: แสดงข้อมูลส่วนที่สอง }\n");
        }

        return text.ToString();
    }

    /// <summary>site.yaml without <c>assessment_years</c>/<c>current_year</c> (the folders decide), plus <paramref name="extra"/>.</summary>
    public static string SiteYaml(string extra = "") =>
        string.Join('\n', Support.TestSite.MinimalSiteYaml.Split('\n').Where(l => !l.StartsWith("assessment_years", StringComparison.Ordinal) && !l.StartsWith("current_year", StringComparison.Ordinal))) + "\n" + extra;
}
