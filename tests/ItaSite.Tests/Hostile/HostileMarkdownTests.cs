using ItaSite.Tests.Support;

namespace ItaSite.Tests.Hostile;

/// <summary>Pathological Markdown: deep nesting and huge lines end as ITA1009 errors instead of a stack overflow or a hang.</summary>
public class HostileMarkdownTests
{
    [Theory]
    [InlineData("[", 100_000)]
    [InlineData("![a", 30_000)]
    [InlineData("[a ", 6_000)]
    [InlineData("> ", 200)]
    [InlineData("<div>", 3_000)]
    public async Task Deeply_nested_markdown_is_a_limit_error(string unit, int count)
    {
        using var site = TestSite.WithBasics();
        var body = string.Concat(Enumerable.Repeat(unit, count));
        var lines = string.Join("\n", body.Chunk(10_000).Select(c => new string(c)));
        site.Write("pages/deep.md", "---\ntitle: ลึก\n---\n" + lines + "\n");
        var result = await site.BuildAsync();
        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal("ITA1009", error.Code);
        Assert.Equal("content/pages/deep.md", error.Span.File);
        Assert.True(error.Span.Line >= 4, error.ToString());
        Assert.False(result.Written);
    }

    [Fact]
    public async Task An_overlong_line_is_reported_with_its_line()
    {
        using var site = TestSite.WithBasics();
        site.Write("pages/long.md", "---\ntitle: ยาว\n---\nสั้น\n\n" + string.Concat(Enumerable.Repeat("[a](", 10_000)) + "\n");
        var error = Assert.Single(TestSite.Errors(await site.BuildAsync()));
        Assert.Equal("ITA1009", error.Code);
        Assert.Equal(6, error.Span.Line);
        Assert.Contains("40,000 characters", error.Message, StringComparison.Ordinal);
    }
}
