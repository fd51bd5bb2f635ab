using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Yaml;

namespace ItaSite.Generator.Framework;

/// <summary>Reads a component's <c>requires:</c> mapping (see docs/frameworks.md).</summary>
internal static class EvidenceRequirementParser
{
    private static readonly Dictionary<string, EvidenceKind> Kinds = new(StringComparer.Ordinal)
    {
        ["any"] = EvidenceKind.Any,
        ["document"] = EvidenceKind.Document,
        ["data"] = EvidenceKind.Data,
        ["photo"] = EvidenceKind.Photo,
        ["dated_list"] = EvidenceKind.DatedList,
        ["page"] = EvidenceKind.Page,
    };

    private static readonly Dictionary<string, ManualCheck> Manuals = new(StringComparer.Ordinal)
    {
        ["signature"] = ManualCheck.Signature,
        ["seal"] = ManualCheck.Seal,
        ["identity"] = ManualCheck.Identity,
    };

    public static EvidenceRequirement Parse(YamlMap component)
    {
        if (component.Map("requires") is not { } map)
        {
            return EvidenceRequirement.None;
        }

        var kind = map.Enum("kind", Kinds, required: true) ?? EvidenceKind.Any;
        var dataKind = map.String("data");
        var fields = map.StringList("fields").Select(f => f.Value).ToList();
        var text = map.Bool("text") ?? false;
        var monthly = map.Bool("monthly") ?? false;
        var manual = new List<ManualCheck>();
        foreach (var (name, span) in map.StringList("manual"))
        {
            if (Manuals.TryGetValue(name, out var check))
            {
                manual.Add(check);
            }
            else
            {
                map.Diagnostics.Error(DiagnosticCodes.FrameworkInvalid, span, $"'{name}' in manual is not one of: {string.Join(", ", Manuals.Keys)}");
            }
        }

        if (kind == EvidenceKind.Data && dataKind is null)
        {
            map.Diagnostics.Error(DiagnosticCodes.FrameworkInvalid, map.SpanOf("kind"), "requires kind: data needs 'data:' (the data set kind, e.g. procurement)");
        }

        map.WarnUnknownKeys("a component's requires");
        return new EvidenceRequirement(kind, dataKind, fields, text, monthly, manual);
    }
}
