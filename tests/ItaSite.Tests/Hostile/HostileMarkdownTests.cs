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

    [Fact]
    public async Task A_table_whose_rows_far_outgrow_its_header_is_refused_quickly()
    {
        using var site = TestSite.WithBasics();
        // One row of 1,500 cells makes Markdig pad every other row to 1,500 cells: ~20 MB of HTML from ~25 KB of Markdown
        // (found by the fuzzer; the sanitizer then took minutes).
        var rows = string.Concat(Enumerable.Repeat("|a", 1_500)) + "\n" + string.Concat(Enumerable.Repeat("| x | y | 1 |\n", 400));
        site.Write("pages/table.md", "---\ntitle: ตาราง\n---\n| ก | ข | ค |\n|---|---|--:|\n" + rows);
        var result = await site.BuildAsync();
        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal("ITA1009", error.Code);
        Assert.Contains("renders to", error.Message, StringComparison.Ordinal);
        Assert.False(result.Written);
    }

    [Fact]
    public async Task A_large_honest_table_still_renders()
    {
        using var site = TestSite.WithBasics();
        var rows = string.Concat(Enumerable.Range(1, 2_000).Select(i => $"| {i} | รายการจัดซื้อที่ {i} | {i * 1000:N0} |\n"));
        site.Write("pages/table.md", "---\ntitle: ตาราง\n---\n| ลำดับ | รายการ | วงเงิน |\n|---|---|--:|\n" + rows);
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        Assert.Equal(2_001, site.Html("table/index.html").QuerySelectorAll("main table tr").Length);
    }

    [Fact]
    public async Task A_pipe_heavy_paragraph_without_a_table_header_is_refused()
    {
        // Found by the fuzzer: 100,000 '|' in a paragraph with no |---| row took Markdig 24 s (quadratic).
        using var site = TestSite.WithBasics();
        var lines = string.Concat(Enumerable.Repeat(string.Concat(Enumerable.Repeat("|a", 500)) + "\n", 20));
        site.Write("pages/pipes.md", "---\ntitle: ท่อ\n---\nย่อหน้า\n\n" + lines);
        var result = await site.BuildAsync();
        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal("ITA1009", error.Code);
        Assert.Equal(6, error.Span.Line);
        Assert.Contains("no table header row", error.Message, StringComparison.Ordinal);
    }
}
