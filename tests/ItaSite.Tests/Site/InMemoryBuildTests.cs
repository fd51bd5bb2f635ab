using ItaSite.Generator.Pipeline;
using ItaSite.Tests.Support;
using ItaSite.Themes.Default;

namespace ItaSite.Tests.Site;

/// <summary><c>check</c> and <c>serve</c> build in memory: no output folder is named, and the stages run in the order of <see cref="Stage"/>.</summary>
public class InMemoryBuildTests
{
    [Fact]
    public async Task A_build_that_writes_nothing_needs_no_output_folder_and_times_each_stage_in_order()
    {
        var result = await new SiteBuilder(new BuildOptions
        {
            ContentDir = RepoPaths.ExampleContent,
            DisplayContent = "content",
            Theme = DefaultTheme.Create(),
            WriteOutput = false,
        }).BuildAsync(TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, TestSite.Lines(result));
        Assert.False(result.Written);
        Assert.Contains(result.Files, f => f.RelativePath == "sitemap.xml");
        var expected = Enum.GetValues<Stage>().Where(s => s is not Stage.Readiness and not Stage.Write).ToList();
        Assert.Equal(expected, result.Timings.Select(t => t.Stage));
        Assert.Equal(["load", "site", "parse", "validate", "markdown", "data", "links", "theme", "assemble", "index"], result.Timings.Select(t => t.Name));
    }

    [Fact]
    public async Task Writing_without_an_output_folder_is_a_programming_error()
    {
        var builder = new SiteBuilder(new BuildOptions { ContentDir = RepoPaths.ExampleContent, Theme = DefaultTheme.Create() });
        await Assert.ThrowsAsync<InvalidOperationException>(() => builder.BuildAsync(TestContext.Current.CancellationToken));
    }
}
