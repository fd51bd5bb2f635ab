using System.Text.Json;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Checking;

/// <summary><c>check</c> on a 2569 site: staff learn which items of their year are provisional, and the level the OIT estimate implies.</summary>
public sealed class FrameworkReadinessTests : IDisposable
{
    private readonly string _reports = Path.Combine(Path.GetTempPath(), "itasite-reports-" + Guid.NewGuid().ToString("N"));
    private readonly TestSite _site = TestSite.WithBasics();

    public FrameworkReadinessTests()
    {
        _site.Write("site.yaml", TestSite.MinimalSiteYaml
            .Replace("assessment_years: [2566]", "assessment_years: [2569]", StringComparison.Ordinal)
            .Replace("current_year: 2566", "current_year: 2569", StringComparison.Ordinal));
        _site.Write("oit/2569/o17.md", "---\nindicator: O17\nyear: 2569\nstatus: done\nresponsible: สำนักปลัด\nupdated: 2026-01-10\nevidence:\n  c1: /complaints/corruption/\n  c2: /complaints/corruption/\n---\nช่องทางแจ้งเรื่องร้องเรียนการทุจริต\n");
    }

    public void Dispose()
    {
        _site.Dispose();
        if (Directory.Exists(_reports))
        {
            Directory.Delete(_reports, recursive: true);
        }
    }

    [Fact]
    public async Task Check_names_the_provisional_items_of_the_year_in_Thai_first()
    {
        var (_, _, err) = await CliRunner.Run("check", "--content", _site.ContentDir, "--report", _reports, "--today", "2026-04-01");
        var line = Assert.Single(err.Split('\n'), l => l.Contains("ITA2012", StringComparison.Ordinal));
        Assert.Contains("<built-in>/ita-2569.yaml:", line, StringComparison.Ordinal);
        Assert.Contains("warning ITA2012: ITA 2569 มี 7 ข้อที่ชื่อหรือองค์ประกอบยังเป็นข้อมูลชั่วคราว (O2, O3, O6, O7, O10, O25, O26): ตรวจสอบกับคู่มือการประเมินของสำนักงาน ป.ป.ช.", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_readiness_report_marks_provisional_items_and_shows_the_level_the_OIT_estimate_implies()
    {
        await CliRunner.Run("check", "--content", _site.ContentDir, "--report", _reports, "--today", "2026-04-01");
        var html = File.ReadAllText(Path.Combine(_reports, "readiness-2569.html"));
        Assert.Contains("ตรวจสอบกับคู่มือการประเมินของสำนักงาน ป.ป.ช.", html, StringComparison.Ordinal);
        Assert.Contains("ข้อมูลผู้บริหาร <span class=\"badge\">ข้อมูลชั่วคราว</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ <span class=\"badge\">", html, StringComparison.Ordinal);

        // One item of 26 passes: OIT 3.85, so even IIT = EIT = 100 gives 61.54 in total, which is ต้องปรับปรุงโดยด่วน.
        Assert.Contains("ระดับสูงสุดที่คะแนน OIT นี้ยังเปิดให้<b>ต้องปรับปรุงโดยด่วน</b>", html, StringComparison.Ordinal);
        Assert.Contains("ถึง 61.54", html, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_reports, "readiness-2569.json")));
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal("low", summary.GetProperty("framework_confidence").GetString());
        Assert.Equal(7, summary.GetProperty("provisional_items").GetArrayLength());
        Assert.Equal("ต้องปรับปรุงโดยด่วน", summary.GetProperty("rating").GetProperty("at_minimum").GetProperty("best_possible_level").GetString());
        var o2 = json.RootElement.GetProperty("items")[1];
        Assert.True(o2.GetProperty("provisional").GetBoolean());
        Assert.Equal("low", o2.GetProperty("confidence").GetString());
    }
}
