using ItaSite.Generator.Output;
using ItaSite.Generator.Pipeline;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Output;

public class OutputSafetyTests
{
    [Fact]
    public async Task A_failed_build_leaves_the_previous_output_untouched()
    {
        using var site = TestSite.WithBasics();
        site.Write("oit/2566/o1.md", TestSite.Item("O1"));
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = FolderSnapshot.Of(site.OutputDir);

        site.Write("oit/2566/o2.md", "---\nindicator: O2\nstatus: [broken\n---\n");
        var result = await site.BuildAsync();
        Assert.False(result.Succeeded);
        Assert.False(result.Written);
        Assert.Equal(before, FolderSnapshot.Of(site.OutputDir));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public async Task A_successful_build_replaces_the_output_as_a_whole()
    {
        using var site = TestSite.WithBasics();
        site.Write("pages/old.md", "# หน้าเก่า\n");
        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "old/index.html")));
        File.Delete(Path.Combine(site.ContentDir, "pages/old.md"));
        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.False(File.Exists(Path.Combine(site.OutputDir, "old/index.html")));
        Assert.True(File.Exists(Path.Combine(site.OutputDir, OutputGuard.MarkerFile)));
        OnlyTheSpareIsLeft(site);
    }

    [Fact]
    public async Task An_output_moved_aside_by_a_killed_swap_is_restored()
    {
        using var site = TestSite.WithBasics();
        Assert.True((await site.BuildAsync()).Succeeded);
        var aside = Path.Combine(site.Root, ".output.old-deadbeef");
        Directory.Move(site.OutputDir, aside);
        var stale = Path.Combine(site.Root, ".output.staging-cafe");
        Directory.CreateDirectory(stale);
        File.WriteAllText(Path.Combine(stale, OutputGuard.MarkerFile), "x");

        site.Write("oit/2566/o1.md", "---\nindicator: [\n---\n");
        Assert.False((await site.BuildAsync()).Succeeded);
        Assert.False(Directory.Exists(site.OutputDir), "a failed build must not write");

        File.Delete(Path.Combine(site.ContentDir, "oit/2566/o1.md"));
        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.True(File.Exists(Path.Combine(site.OutputDir, "index.html")));
        OnlyTheSpareIsLeft(site);
    }

    [Theory]
    [InlineData("content", "it is the content folder")]
    [InlineData("content/out", "it lies inside the content folder")]
    [InlineData(".", "it contains the content folder")]
    public async Task Refuses_output_folders_that_overlap_the_content(string output, string reason)
    {
        using var site = TestSite.WithBasics();
        var result = await Build(site, Path.Combine(site.Root, output));
        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal("ITA5001", error.Code);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.ContentDir, "site.yaml")));
    }

    [Fact]
    public async Task Refuses_the_file_system_root_and_a_repository_root()
    {
        using var site = TestSite.WithBasics();
        Assert.Contains("root of the file system", Assert.Single(TestSite.Errors(await Build(site, "/"))).Message, StringComparison.Ordinal);

        var repo = Path.Combine(site.Root, "repo");
        Directory.CreateDirectory(Path.Combine(repo, ".git"));
        Assert.Contains("repository root", Assert.Single(TestSite.Errors(await Build(site, repo))).Message, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(repo, ".git")));
    }

    [Fact]
    public async Task Refuses_a_non_empty_folder_it_did_not_create()
    {
        using var site = TestSite.WithBasics();
        var folder = Path.Combine(site.Root, "documents");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "thesis.docx"), "precious");
        var error = Assert.Single(TestSite.Errors(await Build(site, folder)));
        Assert.Equal("ITA5001", error.Code);
        Assert.Equal("precious", File.ReadAllText(Path.Combine(folder, "thesis.docx")));
    }

    /// <summary>Besides the output, the only folder ItaSite leaves is the previous output kept as the next build's spare.</summary>
    internal static void OnlyTheSpareIsLeft(TestSite site)
    {
        var spare = Assert.Single(Directory.EnumerateDirectories(site.Root, ".output.*"));
        Assert.Equal(OutputWriter.SpareFolder(site.OutputDir), spare);
        Assert.True(File.Exists(Path.Combine(spare, OutputGuard.MarkerFile)));
    }

    private static Task<BuildResult> Build(TestSite site, string output) =>
        TestBuilds.BuildAsync(TestBuilds.Writing(site.ContentDir, output));
}
