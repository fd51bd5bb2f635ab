using System.Text.Json;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Checking;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _reports = Path.Combine(Path.GetTempPath(), "itasite-reports-" + Guid.NewGuid().ToString("N"));

    /// <summary>A case of <c>Sites/Invalid/</c> (base plus its changed file) in a temporary folder.</summary>
    private static TestSite Fixture(string name) => FixtureSites.Materialize("Invalid", name);

    private static Task<(int Exit, string Out, string Err)> Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public async Task A_missing_component_fails_with_exit_1_and_the_report_says_why()
    {
        using var site = Fixture("component-not-covered");
        var (exit, output, err) = await Run("check", "--content", site.ContentDir, "--report", _reports, "--today", "2023-06-30");

        Assert.Equal(1, exit);
        Assert.Contains("o1.md:5:1: error ITA4001: O1 component c2 is not covered", err, StringComparison.Ordinal);
        Assert.StartsWith("check failed: 1 error(s), 0 warning(s); ITA 2566: ไม่พร้อม 1 ข้อเสี่ยงได้ 0 คะแนน — ผ่าน 2, ต้องตรวจสอบ 0, ไม่ผ่าน 1 จาก 3 ข้อ", output, StringComparison.Ordinal);
        var html = File.ReadAllText(Path.Combine(_reports, "readiness-2566.html"));
        Assert.Contains("<html lang=\"th\">", html, StringComparison.Ordinal);
        Assert.Contains("ไม่ผ่าน", html, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_reports, "readiness-2566.json")));
        var o1 = json.RootElement.GetProperty("items")[0];
        Assert.Equal("fail", o1.GetProperty("verdict").GetString());
        Assert.False(o1.GetProperty("components")[1].GetProperty("covered").GetBoolean());
    }

    [Fact]
    public async Task Json_format_prints_diagnostics_and_summary_on_stdout()
    {
        using var site = Fixture("updated-in-future");
        var (exit, output, err) = await Run("check", "--content", site.ContentDir, "--report", _reports, "--today", "2023-06-30", "--format", "json");

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, err);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("passed").GetBoolean());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
        var diagnostic = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("ITA4003", diagnostic.GetProperty("code").GetString());
        Assert.Equal(4, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("readiness")[0].GetProperty("pass").GetInt32());
    }

    [Fact]
    public async Task Warnings_pass_unless_warnings_as_errors()
    {
        using var site = Fixture("image-without-alt");
        string[] args = ["check", "--content", site.ContentDir, "--report", _reports, "--today", "2023-06-30"];
        Assert.Equal(0, (await Run(args)).Exit);
        Assert.Equal(1, (await Run([.. args, "--warnings-as-errors"])).Exit);
    }

    [Fact]
    public async Task A_bad_today_is_a_usage_error()
    {
        using var site = Fixture("base");
        var (exit, _, err) = await Run("check", "--content", site.ContentDir, "--report", _reports, "--today", "30/06/2566");
        Assert.Equal(2, exit);
        Assert.Contains("error ITA0001", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_folder_may_not_be_inside_the_content_folder()
    {
        using var site = Fixture("base");

        var (exit, _, err) = await Run("check", "--content", site.ContentDir, "--report", Path.Combine(site.ContentDir, "reports"), "--today", "2023-06-30");
        Assert.Equal(1, exit);
        Assert.Contains("error ITA5001", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.ContentDir, "reports")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_reports))
        {
            Directory.Delete(_reports, recursive: true);
        }
    }
}
