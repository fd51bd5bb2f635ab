using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Yaml;

namespace ItaSite.Generator.Framework;

/// <summary>Reads the <c>rating:</c> block of a framework file.</summary>
internal static class RatingSchemeParser
{
    public static RatingScheme? Parse(YamlMap? map, Confidence fileConfidence)
    {
        if (map is null)
        {
            return null;
        }

        var confidence = map.Enum("confidence", ConfidenceNames.ByName) ?? fileConfidence;
        var weightsConfidence = map.Enum("weights_confidence", ConfidenceNames.ByName) ?? confidence;
        var source = map.String("source");
        map.String("notes");
        var score = map.Map("item_score");
        var pass = score?.Decimal("pass") ?? 100;
        var fail = score?.Decimal("fail") ?? 0;
        score?.WarnUnknownKeys("item_score");

        var weights = new List<ToolWeight>();
        if (map.Map("weights") is { } weightMap)
        {
            foreach (var tool in weightMap.Keys.ToList())
            {
                if (weightMap.Decimal(tool) is { } percent)
                {
                    weights.Add(new ToolWeight(tool, percent));
                }
            }

            if (weights.Count > 0 && weights.Sum(w => w.Percent) != 100)
            {
                map.Diagnostics.Error(DiagnosticCodes.FrameworkRatingInvalid, map.SpanOf("weights"), $"tool weights add up to {weights.Sum(w => w.Percent)}, not 100 (น้ำหนักของเครื่องมือต้องรวมเป็น 100)");
            }
        }

        var levels = new List<RatingLevel>();
        foreach (var level in map.MapList("levels", required: true))
        {
            var name = level.String("name", required: true);
            var minTotal = level.Decimal("min_total", required: true);
            var minEach = level.Decimal("min_each_tool");
            level.WarnUnknownKeys("a rating level");
            if (name is null || minTotal is null)
            {
                continue;
            }

            if (levels.Count > 0 && (minTotal > levels[^1].MinTotal || (minTotal == levels[^1].MinTotal && minEach is not null && levels[^1].MinEachTool is null)))
            {
                map.Diagnostics.Error(DiagnosticCodes.FrameworkRatingInvalid, level.Span, $"rating level '{name}' is listed after a lower level; list levels best first (เรียงระดับจากสูงไปต่ำ)");
            }

            levels.Add(new RatingLevel(name, minTotal.Value, minEach));
        }

        if (levels.Count > 0 && levels[^1].MinTotal > 0)
        {
            map.Diagnostics.Error(DiagnosticCodes.FrameworkRatingInvalid, map.SpanOf("levels"), $"the last rating level must start at min_total: 0 so every score has a level");
        }

        map.WarnUnknownKeys("the rating scheme");
        return levels.Count == 0 ? null : new RatingScheme(levels, weights, pass, fail, confidence, weightsConfidence, source);
    }
}
