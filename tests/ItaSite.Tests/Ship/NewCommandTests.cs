using System.Text.RegularExpressions;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Ship;

/// <summary><c>itasite new</c>: a site folder of its own that builds and checks with the defaults.</summary>
public sealed class NewCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "itasite-new-" + Guid.NewGuid().ToString("N"));

    private string Dir => Path.Combine(_root, "site");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task A_new_site_has_a_page_per_item_of_the_newest_year_and_builds_without_a_warning()
    {
        var (exit, output, err) = await CliRunner.Run("new", Dir);
        Assert.True(exit == 0, err);
        var year = FrameworkLoader.BuiltInYears()[^1];
        var framework = FrameworkLoader.LoadBuiltIn(year, new DiagnosticBag())!;
        Assert.Contains($"{framework.Items.Count} item pages of ITA {year}", output, StringComparison.Ordinal);
        var items = Directory.GetFiles(Path.Combine(Dir, "content", "oit", year.ToString(System.Globalization.CultureInfo.InvariantCulture)), "*.md");
        Assert.Equal(framework.Items.Count, items.Length);
        Assert.All(items, f => Assert.Contains("status: not-started", File.ReadAllText(f), StringComparison.Ordinal));
        foreach (var page in new[] { "index.md", "qa.md", "privacy.md", "complaints.md", "complaints/corruption.md" })
        {
            Assert.True(File.Exists(Path.Combine(Dir, "content", "pages", page)), page);
        }

        var build = await CliRunner.Run("build", "--content", Path.Combine(Dir, "content"), "--output", Path.Combine(Dir, "output"), "--warnings-as-errors");
        Assert.True(build.Exit == 0, build.Err + build.Out);
        Assert.Contains("0 error(s), 0 warning(s)", build.Out, StringComparison.Ordinal);
        foreach (var item in framework.Items)
        {
            Assert.True(File.Exists(Path.Combine(Dir, "output", "oit", year.ToString(System.Globalization.CultureInfo.InvariantCulture), item.Code.Slug, "index.html")), item.Code.ToString());
        }

        Assert.True(File.Exists(Path.Combine(Dir, "output", "sitemap.xml")));
        Assert.Contains("<entry>", File.ReadAllText(Path.Combine(Dir, "output", "feed.xml")), StringComparison.Ordinal);
        var check = await CliRunner.Run("check", "--content", Path.Combine(Dir, "content"), "--report", Path.Combine(Dir, "reports"));
        // Every page of a new site says it is not started, so check lists every item at risk without failing the run.
        Assert.True(check.Exit == 0, check.Err);
        var n = framework.Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"ITA {year}: ไม่พร้อม {n} ข้อเสี่ยงได้ 0 คะแนน (หน้าระบุว่ายังไม่เสร็จ {n} ข้อ) — ผ่าน 0,", check.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_key_of_site_yaml_has_a_thai_comment_above_it()
    {
        Assert.Equal(0, (await CliRunner.Run("new", Dir)).Exit);
        var lines = File.ReadAllLines(Path.Combine(Dir, "content", "site.yaml"));
        var keys = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!Regex.IsMatch(lines[i], "^[a-z_]+:"))
            {
                continue;
            }

            keys++;
            Assert.True(i > 0 && lines[i - 1].StartsWith('#') && Regex.IsMatch(lines[i - 1], "[\u0E00-\u0E7F]"), $"site.yaml line {i + 1} '{lines[i]}' has no Thai comment above it");
        }

        Assert.True(keys >= 15, $"only {keys} keys");
    }

    [Fact]
    public async Task The_new_site_ignores_generated_folders_and_has_an_editors_readme_and_a_ci_workflow()
    {
        Assert.Equal(0, (await CliRunner.Run("new", Dir)).Exit);
        var ignore = File.ReadAllLines(Path.Combine(Dir, ".gitignore"));
        Assert.Contains("/output/", ignore);
        Assert.Contains("/.output.spare/", ignore);
        Assert.Contains("/reports/", ignore);
        var readme = File.ReadAllText(Path.Combine(Dir, "README.md"));
        Assert.Contains("itasite check", readme, StringComparison.Ordinal);
        Assert.Contains(".output.spare", readme, StringComparison.Ordinal);
        var workflow = File.ReadAllText(Path.Combine(Dir, ".github", "workflows", "site.yml"));
        Assert.Contains("dotnet itasite check", workflow, StringComparison.Ordinal);
        Assert.Contains("dotnet itasite build", workflow, StringComparison.Ordinal);
        Assert.Contains("\"itasite\"", File.ReadAllText(Path.Combine(Dir, ".config", "dotnet-tools.json")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Dir, "deploy", "upload.sh")));
    }

    [Theory]
    [InlineData("เทศบาลนคร", "เทศบาลนคร", "ทน.ตัวอย่าง")]
    [InlineData("อบต.", "องค์การบริหารส่วนตำบล", "อบต.ตัวอย่าง")]
    [InlineData("สำนักงานเขตพื้นที่การศึกษา", "สำนักงานเขตพื้นที่การศึกษา", "สำนักงานเขตพื้นที่การศึกษาตัวอย่าง")]
    public async Task The_agency_type_and_names_go_into_site_yaml(string type, string full, string shortName)
    {
        Assert.Equal(0, (await CliRunner.Run("new", Dir, "--type", type)).Exit);
        var yaml = File.ReadAllText(Path.Combine(Dir, "content", "site.yaml"));
        Assert.Contains($"\ntype: {full}\n", yaml, StringComparison.Ordinal);
        Assert.Contains($"\nshort_name: {shortName}\n", yaml, StringComparison.Ordinal);
        Assert.Contains($"\nname: {full}ตัวอย่าง\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_existing_non_empty_folder_is_never_written_into()
    {
        Directory.CreateDirectory(Dir);
        File.WriteAllText(Path.Combine(Dir, "keep.txt"), "mine");
        var (exit, _, err) = await CliRunner.Run("new", Dir);
        Assert.Equal(1, exit);
        Assert.Contains("error ITA8602", err, StringComparison.Ordinal);
        Assert.Equal(["keep.txt"], Directory.GetFileSystemEntries(Dir).Select(Path.GetFileName));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Dir, "keep.txt")));
        Assert.Equal(["site"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public async Task An_empty_folder_is_used()
    {
        Directory.CreateDirectory(Dir);
        Assert.Equal(0, (await CliRunner.Run("new", Dir)).Exit);
        Assert.True(File.Exists(Path.Combine(Dir, "content", "site.yaml")));
    }

    [Fact]
    public async Task A_year_without_a_built_in_framework_is_a_usage_error()
    {
        var (exit, _, err) = await CliRunner.Run("new", Dir, "--year", "2599");
        Assert.Equal(2, exit);
        Assert.Contains("error ITA8603", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Dir));
    }

    [Fact]
    public async Task A_site_inside_the_tools_repository_is_refused()
    {
        var inside = Path.Combine(RepoPaths.Root, "artifacts", "new-site-" + Guid.NewGuid().ToString("N"));
        var (exit, _, err) = await CliRunner.Run("new", inside);
        Assert.Equal(1, exit);
        Assert.Contains("error ITA8602", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(inside));
    }
}
