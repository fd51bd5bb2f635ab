using ItaSite.Generator.Pipeline;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Site;

/// <summary>The example agency (frozen in tests/Fixtures/Example; content/ itself is the user's) builds cleanly and completely.</summary>
public class ExampleSiteTests
{
    [Fact]
    public async Task Example_content_builds_without_errors_with_all_43_items_published()
    {
        var result = await TestBuilds.BuildAsync(TestBuilds.InMemory(RepoPaths.ExampleContent), TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, TestSite.Lines(result));
        Assert.Equal(43, result.Site!.Items.Count(i => i.Page.Year == 2566));
        Assert.DoesNotContain(result.Diagnostics.Sorted(), d => d.Code == "ITA2003");
        Assert.True(result.Site.Measures.Count >= 3);
    }
}
