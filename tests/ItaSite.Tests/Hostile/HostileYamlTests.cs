using System.Diagnostics;
using ItaSite.Generator.Diagnostics;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Hostile;

/// <summary>Malformed and hostile YAML in front matter and site.yaml: always a positioned diagnostic, never a crash or a hang.</summary>
public class HostileYamlTests
{
    private static string Bomb(int levels)
    {
        var lines = new List<string> { "b0: &b0 [x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < levels; i++)
        {
            lines.Add($"b{i}: &b{i} [{string.Join(", ", Enumerable.Repeat($"*b{i - 1}", 9))}]");
        }

        lines.Add($"k: {{ *b{levels - 1} : 1 }}");
        return string.Join("\n", lines) + "\n";
    }

    private static async Task<Diagnostic> SingleError(string contentPath, string text, string code, bool positioned = true)
    {
        using var site = TestSite.WithBasics();
        site.Write(contentPath, text);
        var result = await site.BuildAsync();
        Assert.False(result.Written);
        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal(code, error.Code);
        Assert.True(!positioned || error.Span.Line > 0, $"no line in: {error}");
        return error;
    }

    [Fact]
    public async Task An_alias_bomb_is_refused_before_it_expands()
    {
        var watch = Stopwatch.StartNew();
        var error = await SingleError("oit/2566/o1.md", "---\nindicator: O1\n" + Bomb(10) + "---\nเนื้อหา\n", "ITA1009");
        Assert.Contains("aliases", error.Message, StringComparison.Ordinal);
        Assert.Equal(8, error.Span.Line);
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(1), "the bomb was expanded");
    }

    [Theory]
    [InlineData("a: &a [x, *a]\n", "refers to the block that contains it")]
    [InlineData("k: { *later : 1 }\nb: &later [x]\n", "used before its anchor")]
    public async Task Self_and_forward_aliases_are_errors_not_stack_overflows(string yaml, string message)
    {
        var error = await SingleError("oit/2566/o1.md", "---\nindicator: O1\n" + yaml + "---\n", "ITA1009");
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deep_nesting_is_refused()
    {
        var deep = "indicator: O1\nx: " + new string('[', 5000) + "\n";
        var error = await SingleError("oit/2566/o1.md", "---\n" + deep + "---\n", "ITA1009");
        Assert.Contains("nested", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nesting_that_indents_one_space_a_level_is_refused_while_parsing()
    {
        // 100 levels at one space each pass the text's quick look (two spaces a level); the parse itself must stop them.
        var deep = string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', i) + $"k{i}:\n")) + new string(' ', 100) + "v: 1\n";
        var error = await SingleError("oit/2566/o1.md", "---\nindicator: O1\nx:\n" + deep.Replace("\n", "\n ", StringComparison.Ordinal).TrimEnd(' ') + "---\n", "ITA1009");
        Assert.Contains("nested more than 64", error.Message, StringComparison.Ordinal);
        Assert.Equal(68, error.Span.Line); // inside the deep block, not at its top
    }

    [Fact]
    public async Task Duplicate_keys_get_a_friendly_message_at_the_second_key()
    {
        var error = await SingleError("oit/2566/o1.md", "---\nindicator: O1\nstatus: done\nstatus: in-progress\n---\n", "ITA1001");
        Assert.Equal(4, error.Span.Line);
        Assert.Contains("the key 'status' appears twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_type_is_a_positioned_value_error()
    {
        var error = await SingleError("oit/2566/o1.md", "---\nindicator: O1\nstatus: [done]\nresponsible: สำนักปลัด\n---\n", "ITA1004");
        Assert.Equal(3, error.Span.Line);
    }

    [Fact]
    public async Task A_huge_scalar_is_stopped_by_the_file_size_limit()
    {
        var error = await SingleError("oit/2566/o1.md", "---\nindicator: O1\nsummary: " + new string('ก', 1_000_000) + "\n---\n", "ITA1007", positioned: false);
        Assert.Contains("at most", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unterminated_front_matter_is_reported_on_line_one()
    {
        var error = await SingleError("oit/2566/o1.md", "---\nindicator: O1\nstatus: done\n", "ITA1002");
        Assert.Equal(1, error.Span.Line);
    }

    [Fact]
    public async Task An_empty_site_yaml_names_the_missing_keys()
    {
        using var site = TestSite.WithBasics();
        site.Write("site.yaml", string.Empty);
        var result = await site.BuildAsync();
        Assert.False(result.Succeeded);
        Assert.All(TestSite.Errors(result), e => Assert.Equal("ITA1005", e.Code));
        Assert.Contains(TestSite.Errors(result), e => e.Message.Contains("'name'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_page_file_builds()
    {
        using var site = TestSite.WithBasics();
        site.Write("pages/empty.md", string.Empty);
        var result = await site.BuildAsync();
        Assert.DoesNotContain(TestSite.Errors(result), e => e.Code == "ITA9999");
        Assert.True(result.Succeeded, TestSite.Lines(result));
    }
}
