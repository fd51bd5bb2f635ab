using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Yaml;

namespace ItaSite.Generator.Content;

/// <summary>The front-matter keys that point elsewhere (attachments, evidence) or span dates, shared by the page kinds that have them.</summary>
internal static class PageReferences
{
    /// <summary>The <c>attachments:</c> list: file names or <c>{ file, title }</c> mappings, each checked by the URL policy and kept inside the content folder.</summary>
    public static List<AttachmentRef> Attachments(SourceFile file, YamlMap map, DiagnosticBag diagnostics)
    {
        var result = new List<AttachmentRef>();
        foreach (var node in map.List("attachments"))
        {
            string? name;
            string? title = null;
            SourceSpan span;
            if (node is YamlDotNet.RepresentationModel.YamlMappingNode mapping)
            {
                var entry = new YamlMap(mapping, map.Source, diagnostics);
                name = entry.String("file", required: true);
                title = entry.String("title");
                span = entry.SpanOf("file");
                entry.WarnUnknownKeys("an attachment");
            }
            else if (node is YamlDotNet.RepresentationModel.YamlScalarNode scalar)
            {
                name = scalar.Value;
                span = map.Source.SpanOf(node);
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, map.Source.SpanOf(node), "an attachment is a file name or a mapping with 'file:' and 'title:'");
                continue;
            }

            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            if (!Publishing.YamlUrls.Check(name, span, diagnostics))
            {
                continue; // a javascript:/data: "file" is refused by the URL policy before it is looked up
            }

            if (ContentPaths.Resolve(file.ContentPath, name) is not { } resolved)
            {
                diagnostics.Error(DiagnosticCodes.PathEscape, span, $"attachment '{name}' points outside the content folder (ไฟล์แนบต้องอยู่ในโฟลเดอร์ content)");
                continue;
            }

            result.Add(new AttachmentRef(resolved, title, span));
        }

        return result;
    }

    /// <summary>The <c>evidence:</c> mapping: per component key, the links or files that show it.</summary>
    public static List<EvidenceRef> Evidence(YamlMap map)
    {
        var result = new List<EvidenceRef>();
        if (map.Map("evidence") is not { } evidence)
        {
            return result;
        }

        foreach (var key in evidence.Keys.ToList())
        {
            foreach (var (target, span) in evidence.StringList(key))
            {
                result.Add(new EvidenceRef(key, target, span));
            }
        }

        return result;
    }

    /// <summary>A <c>{ from, to }</c> date range, <c>to</c> not before <c>from</c>.</summary>
    public static DateRange? Range(YamlMap map, string key)
    {
        if (map.Map(key) is not { } range)
        {
            return null;
        }

        var from = range.Date("from", required: true);
        var to = range.Date("to", required: true);
        range.WarnUnknownKeys($"'{key}'");
        if (from is null || to is null)
        {
            return null;
        }

        if (to < from)
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, range.SpanOf("to"), $"'{key}.to' is before '{key}.from'");
            return null;
        }

        return new DateRange(from.Value, to.Value);
    }
}
