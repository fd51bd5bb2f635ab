using ItaSite.Generator.Framework;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Cli;

/// <summary><c>itasite framework diff</c> and <c>itasite framework check</c>.</summary>
public sealed class FrameworkCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "itasite-fw-" + Guid.NewGuid().ToString("N"));

    public FrameworkCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string WriteFile(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Diff_2568_2569_names_merges_moves_renames_and_new_items()
    {
        var (exit, output, err) = await CliRunner.Run("framework", "diff", "2568", "2569");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        var lines = output.Split('\n');
        Assert.StartsWith("ITA 2568 (26 items, <built-in>/ita-2568.yaml) → ITA 2569 (26 items, <built-in>/ita-2569.yaml)", lines[0], StringComparison.Ordinal);
        Assert.Contains("รวม merged      2568 O10 + O11 → 2569 O10 ระบบการให้บริการผ่านช่องทางออนไลน์ (E-SERVICE)", lines);
        Assert.Contains("รวม merged      2568 O21 + O22 → 2569 O20 การขับเคลื่อนนโยบาย NO GIFT POLICY จากการปฏิบัติหน้าที่และการเสริมสร้างความรู้เกี่ยวกับหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐ", lines);
        Assert.Contains("เปลี่ยนชื่อ renamed 2568 O1 โครงสร้างและอำนาจหน้าที่ → 2569 O1 โครงสร้าง หน้าที่และอำนาจ", lines);
        Assert.Contains("ย้ายข้อ moved    2568 O17 → 2569 O16 แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ", lines);
        Assert.Contains("เพิ่ม added      2569 O25 การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", lines);
        Assert.Contains(lines, l => l.StartsWith("    + c2: แสดงช่องทางที่บุคคลภายนอกสามารถสอบถามข้อมูล", StringComparison.Ordinal));
        Assert.Contains("summary: 7 same, 4 moved, 11 renamed, 2 merged, 0 split, 2 added, 0 removed; 17 with changed components or period", lines);
    }

    [Fact]
    public async Task Diff_across_years_follows_the_chain_and_lists_what_was_dropped()
    {
        var (exit, output, _) = await CliRunner.Run("framework", "diff", "2566", "2569");
        Assert.Equal(0, exit);
        Assert.Contains("รวม merged      2566 O19 + O20 + O21 → 2569 O11 สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน\n", output, StringComparison.Ordinal);
        Assert.Contains("ตัดออก removed  2566 O17 รายงานผลการสำรวจความพึงพอใจการให้บริการ\n", output, StringComparison.Ordinal);
        Assert.Contains("8 removed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_of_a_site_correction_against_the_shipped_year_shows_splits_and_component_edits()
    {
        var corrected = FrameworkLoader.BuiltInText(2569)!
            .Replace("year: 2569\nprevious_year: 2568\n", "year: 2570\nprevious_year: 2569\n", StringComparison.Ordinal);
        corrected = string.Join('\n', corrected.Split('\n').Where(l => !l.TrimStart().StartsWith("continues:", StringComparison.Ordinal)))
            .Replace("  - code: O1\n", "  - code: O1\n    continues: [O1]\n", StringComparison.Ordinal)
            .Replace("  - code: O2\n", "  - code: O2\n    continues: [O1]\n", StringComparison.Ordinal)
            .Replace("  - code: O3\n", "  - code: O3\n    continues: [O3]\n", StringComparison.Ordinal)
            .Replace("ที่อยู่ไปรษณีย์อิเล็กทรอนิกส์ และแผนที่ตั้งหน่วยงาน", "ที่อยู่ไปรษณีย์อิเล็กทรอนิกส์ แผนที่ตั้งหน่วยงาน และเวลาทำการ", StringComparison.Ordinal);
        var file = WriteFile("ita-2570.yaml", corrected);
        var (exit, output, err) = await CliRunner.Run("framework", "diff", "2569", file, "--format", "json");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, err);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("split", items[0].GetProperty("kind").GetString());
        Assert.Equal("split", items[1].GetProperty("kind").GetString());
        Assert.Equal("O1", items[1].GetProperty("from")[0].GetString());
        var o3 = items[2];
        Assert.Equal("continued", o3.GetProperty("kind").GetString());
        Assert.Equal("c1", o3.GetProperty("components")[0].GetProperty("id").GetString());
        Assert.Contains("เวลาทำการ", o3.GetProperty("components")[0].GetProperty("after").GetString(), StringComparison.Ordinal);
        Assert.Equal(24, json.RootElement.GetProperty("removed").GetArrayLength()); // O2 and O4-O26 of 2569 are not mapped by this draft
    }

    [Fact]
    public async Task Check_passes_a_shipped_year_and_names_its_provisional_items()
    {
        var (exit, output, err) = await CliRunner.Run("framework", "check", "2568");
        Assert.Equal(0, exit);
        Assert.StartsWith("framework check passed: ITA 2568, 26 items, confidence low (ต่ำ), 12 provisional, maps onto ITA 2567", output, StringComparison.Ordinal);
        Assert.Contains("warning ITA2012: ITA 2568 มี 12 ข้อ", err, StringComparison.Ordinal);
        Assert.Equal(1, (await CliRunner.Run("framework", "check", "2568", "--warnings-as-errors")).Exit);
    }

    [Fact]
    public async Task Check_reports_a_bad_mapping_with_its_position_and_fails()
    {
        var text = FrameworkLoader.BuiltInText(2569)!.Replace("    continues: [O20]\n", "    continues: [O20, O44]\n", StringComparison.Ordinal);
        var line = text[..text.IndexOf("[O20, O44]", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var file = WriteFile("ita-2569.yaml", text);
        var (exit, output, err) = await CliRunner.Run("framework", "check", file);
        Assert.Equal(1, exit);
        Assert.Contains($"{file.Replace('\\', '/')}:{line}:22: error ITA2010: O19 of ITA 2569 continues O44, but ITA 2568 has no such item (its items are O1–O26)", err, StringComparison.Ordinal);
        Assert.StartsWith("framework check failed:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_of_a_draft_says_it_is_a_draft_and_bad_arguments_are_errors_not_crashes()
    {
        var draft = FrameworkLoader.BuiltInText(2569)!
            .Replace("year: 2569\nprevious_year: 2568\n", "year: 2570\nprevious_year: 2569\n", StringComparison.Ordinal)
            .Replace("confidence: low\nsource:", "confidence: draft\nsource:", StringComparison.Ordinal);
        draft = string.Join('\n', draft.Split('\n').Where(l => !l.TrimStart().StartsWith("continues:", StringComparison.Ordinal)));
        var (exit, output, err) = await CliRunner.Run("framework", "check", WriteFile("ita-2570.yaml", draft));
        Assert.Equal(0, exit);
        Assert.Contains("confidence draft (ฉบับร่าง), 26 provisional", output, StringComparison.Ordinal);
        Assert.Contains("warning ITA2014: กรอบการประเมิน ITA 2570 เป็นฉบับร่าง", err, StringComparison.Ordinal);

        var missing = await CliRunner.Run("framework", "check", Path.Combine(_dir, "nope.yaml"));
        Assert.Equal(1, missing.Exit);
        Assert.Contains("error ITA1006: no such framework file", missing.Err, StringComparison.Ordinal);
        var noYear = await CliRunner.Run("framework", "diff", "2569", "2570");
        Assert.Equal(1, noYear.Exit);
        Assert.Contains("2570: error ITA2005: no framework ships for 2570", noYear.Err, StringComparison.Ordinal);
        var broken = await CliRunner.Run("framework", "check", WriteFile("bad.yaml", "year: 2569\nitems: [\n"));
        Assert.Equal(1, broken.Exit);
        Assert.Contains("error ITA1001", broken.Err, StringComparison.Ordinal);
    }
}
