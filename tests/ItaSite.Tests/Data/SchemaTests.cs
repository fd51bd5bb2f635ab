using System.Globalization;
using System.Text.Json.Nodes;
using ItaSite.Tests.Support;
using NJsonSchema;
using YamlDotNet.RepresentationModel;

namespace ItaSite.Tests.Data;

/// <summary>The JSON Schemas in schemas/ (for VS Code's YAML extension) are valid and accept the example fixture (tests/Fixtures/Example).</summary>
public sealed class SchemaTests
{
    private static string SchemaDir => Path.Combine(RepoPaths.Root, "schemas");

    private static string ContentDir => RepoPaths.ExampleContent;

    public static TheoryData<string, string> ExampleFiles()
    {
        var data = new TheoryData<string, string>();
        data.Add("site", "site.yaml");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(ContentDir, "data"), "*.yaml"))
        {
            var kind = File.ReadLines(file).First(l => l.StartsWith("kind:", StringComparison.Ordinal))["kind:".Length..].Trim();
            data.Add(kind, Path.GetRelativePath(ContentDir, file));
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(ContentDir, "oit"), "*.md", SearchOption.AllDirectories))
        {
            data.Add("item", Path.GetRelativePath(ContentDir, file));
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(ContentDir, "measures"), "*.md", SearchOption.AllDirectories))
        {
            data.Add("measure", Path.GetRelativePath(ContentDir, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public async Task Example_file_validates_against_its_schema(string schema, string contentPath)
    {
        var json = await JsonSchema.FromFileAsync(Path.Combine(SchemaDir, schema + ".schema.json"), TestContext.Current.CancellationToken);
        var text = File.ReadAllText(Path.Combine(ContentDir, contentPath));
        var errors = json.Validate(ToJson(contentPath.EndsWith(".md", StringComparison.Ordinal) ? FrontMatter(text) : text));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task Schema_rejects_a_wrong_value_and_an_unknown_key()
    {
        var json = await JsonSchema.FromFileAsync(Path.Combine(SchemaDir, "complaint-statistics.schema.json"), TestContext.Current.CancellationToken);
        var errors = Flatten(json.Validate(ToJson("kind: complaint-statistics\ntitle: t\nmonths:\n  - { month: 2565-13, received: -1, completed: 0, in_progress: 0, extra: 1 }\n"))).ToList();
        Assert.Contains(errors, e => e.Property == "month");
        Assert.Contains(errors, e => e.Property == "received");
        Assert.Contains(errors, e => e.Property == "extra");
    }

    [Fact]
    public void Every_data_kind_has_a_schema_and_every_schema_is_json()
    {
        foreach (var kind in ItaSite.Generator.Data.Loading.DataFileParser.Kinds.Concat(["site", "item", "measure"]))
        {
            var node = JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaDir, kind + ".schema.json")))!;
            Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)node["$schema"]);
        }
    }

    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(IEnumerable<NJsonSchema.Validation.ValidationError> errors) =>
        errors.SelectMany(e => e is NJsonSchema.Validation.ChildSchemaValidationError child ? Flatten(child.Errors.Values.SelectMany(v => v)).Prepend(e) : [e]);

    private static string FrontMatter(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var end = Array.IndexOf(lines, "---", 1);
        return string.Join('\n', lines[1..end]);
    }

    /// <summary>YAML to JSON with the YAML 1.2 core schema for plain scalars (ints, floats, booleans, null); the rest are strings.</summary>
    internal static string ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Convert(stream.Documents[0].RootNode)!.ToJsonString();
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, Convert(kv.Value)))),
        YamlSequenceNode seq => new JsonArray([.. seq.Children.Select(Convert)]),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: var v } => Plain(v ?? string.Empty),
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => null,
    };

    private static JsonNode? Plain(string v)
    {
        if (v is "" or "~" or "null")
        {
            return null;
        }

        if (v is "true" or "false")
        {
            return JsonValue.Create(v == "true");
        }

        if (long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            return JsonValue.Create(l);
        }

        return decimal.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? JsonValue.Create(d) : JsonValue.Create(v);
    }
}
