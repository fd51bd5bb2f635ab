using ItaSite.Generator.Framework;
using ItaSite.Tests.Data;
using ItaSite.Tests.Support;
using NJsonSchema;

namespace ItaSite.Tests.Framework;

/// <summary>schemas/framework.schema.json (editor completion for framework files) accepts every shipped year and rejects mistakes.</summary>
public class FrameworkSchemaTests
{
    private static Task<JsonSchema> Schema() => JsonSchema.FromFileAsync(Path.Combine(RepoPaths.Root, "schemas", "framework.schema.json"));

    [Theory]
    [InlineData(2566)]
    [InlineData(2567)]
    [InlineData(2568)]
    [InlineData(2569)]
    public async Task Every_shipped_framework_validates_against_the_schema(int year)
    {
        var errors = (await Schema()).Validate(SchemaTests.ToJson(FrameworkLoader.BuiltInText(year)!));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task The_schema_rejects_the_typo_of_the_issue_an_unknown_confidence_and_an_unknown_key()
    {
        const string yaml = """
            year: 2569
            indicators: [{ number: 9, title: x, sub_indicators: [{ id: "9.1", title: y }] }]
            items:
              - { code: O1, title: x, sub_indicator: "9.1", period: current-fy, confidence: maybe, continue: [O1], components: [{ id: c1, text: x }] }
            """;
        var errors = (await Schema()).Validate(SchemaTests.ToJson(yaml)).ToList();
        var all = errors.SelectMany(e => e is NJsonSchema.Validation.ChildSchemaValidationError c ? c.Errors.Values.SelectMany(v => v).Prepend(e) : [e]).ToList();
        Assert.Contains(all, e => e.Property == "period");
        Assert.Contains(all, e => e.Property == "confidence");
        Assert.Contains(all, e => e.Property == "continue");
    }
}
