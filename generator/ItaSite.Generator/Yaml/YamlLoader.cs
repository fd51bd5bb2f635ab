using ItaSite.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ItaSite.Generator.Yaml;

/// <summary>Parses one YAML document into a node tree, turning every parser failure into a positioned diagnostic.</summary>
public static class YamlLoader
{
    /// <summary>Deeper nesting than this is refused before parsing: YamlDotNet recurses, and a stack overflow cannot be caught.</summary>
    public const int MaxDepth = 64;

    /// <summary>Most nodes in one document once aliases are expanded (see <see cref="YamlExpansionGuard"/>).</summary>
    public const long DefaultMaxNodes = 100_000;

    public static YamlMappingNode? LoadMapping(string text, YamlSource source, DiagnosticBag diagnostics, long maxNodes = DefaultMaxNodes)
    {
        var root = Load(text, source, diagnostics, maxNodes);
        switch (root)
        {
            case null:
                return null;
            case YamlMappingNode mapping:
                return mapping;
            case YamlScalarNode { Value: null or "" }:
                return new YamlMappingNode();
            default:
                diagnostics.Error(DiagnosticCodes.InvalidValue, source.SpanOf(root), "expected a mapping of 'key: value' lines (ต้องเป็นรายการ 'ชื่อ: ค่า')");
                return null;
        }
    }

    public static YamlNode? Load(string text, YamlSource source, DiagnosticBag diagnostics, long maxNodes = DefaultMaxNodes)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new YamlScalarNode(string.Empty);
        }

        if (FindExcessiveNesting(text) is { } deepLine)
        {
            diagnostics.Error(DiagnosticCodes.LimitExceeded, new SourceSpan(source.File, deepLine + source.FirstLine - 1, 1), $"YAML is nested more than {MaxDepth} levels deep (ข้อมูลซ้อนกันลึกเกินไป)");
            return null;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new YamlExpansionGuard(new Parser(new StringReader(text)), maxNodes, MaxDepth));
            if (stream.Documents.Count == 0)
            {
                return new YamlScalarNode(string.Empty);
            }

            if (stream.Documents.Count > 1)
            {
                diagnostics.Error(DiagnosticCodes.YamlSyntax, source.SpanOf(stream.Documents[1].RootNode), "only one YAML document is allowed here (found a second '---' document)");
                return null;
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlExpansionGuard.Refused refused)
        {
            diagnostics.Error(DiagnosticCodes.LimitExceeded, source.SpanOf(refused.Where), refused.Message);
            return null;
        }
        catch (YamlException ex) when (DuplicateKey(ex) is { } key)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, source.SpanOf(ex.Start), $"the key '{key}' appears twice in the same block; keep one of them (คีย์ '{key}' ซ้ำกัน ให้เหลือเพียงรายการเดียว)");
            return null;
        }
        catch (YamlException ex)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, source.SpanOf(ex.Start), $"invalid YAML: {Describe(ex)} (รูปแบบ YAML ไม่ถูกต้อง)");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet gives up this way on an unclosed '[' or '{' that runs to the end of the text; name where it opened.
            diagnostics.Error(DiagnosticCodes.YamlSyntax, source.SpanOf(UnclosedFlowStart(text)), "invalid YAML: a '[' or '{' opened here is never closed (รูปแบบ YAML ไม่ถูกต้อง: วงเล็บไม่ครบคู่)");
            return null;
        }
        catch (Exception ex) when (IsParserFailure(ex))
        {
            // YamlDotNet's scanner throws plain .NET exceptions on some malformed input (found by fuzzing); they carry no position.
            diagnostics.Error(DiagnosticCodes.YamlSyntax, source.Start, $"invalid YAML: the parser gave up ({ex.Message}); look for unbalanced [ ] {{ }} or quotes (รูปแบบ YAML ไม่ถูกต้อง)");
            return null;
        }
    }

    /// <summary>Exceptions YamlDotNet throws for bad input, as opposed to bugs of ours.</summary>
    internal static bool IsParserFailure(Exception ex) =>
        ex is YamlException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException;

    private static string? DuplicateKey(YamlException ex)
    {
        var message = Describe(ex);
        const string prefix = "Duplicate key ";
        return message.StartsWith(prefix, StringComparison.Ordinal) ? message[prefix.Length..].Trim() : null;
    }

    /// <summary>Where the outermost flow collection that is never closed starts.</summary>
    private static Mark UnclosedFlowStart(string text)
    {
        var parser = new Parser(new StringReader(text));
        var open = new Stack<Mark>();
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case YamlDotNet.Core.Events.SequenceStart { Style: YamlDotNet.Core.Events.SequenceStyle.Flow } or YamlDotNet.Core.Events.MappingStart { Style: YamlDotNet.Core.Events.MappingStyle.Flow }:
                        open.Push(parser.Current.Start);
                        break;
                    case YamlDotNet.Core.Events.SequenceEnd or YamlDotNet.Core.Events.MappingEnd when open.Count > 0:
                        open.Pop();
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
        }

        return open.Count > 0 ? open.Last() : Mark.Empty;
    }

    private static string Describe(YamlException ex)
    {
        var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message;
    }

    /// <summary>Returns the 1-based line where flow brackets or indentation pass <see cref="MaxDepth"/>, or null.</summary>
    private static int? FindExcessiveNesting(string text)
    {
        var depth = 0;
        var line = 1;
        var lineStart = true;
        var indent = 0;
        var quote = '\0';
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                lineStart = true;
                indent = 0;
                quote = '\0';
                continue;
            }

            if (lineStart)
            {
                if (c == ' ' || c == '-')
                {
                    indent++;
                    if (indent / 2 > MaxDepth)
                    {
                        return line;
                    }

                    continue;
                }

                lineStart = false;
            }

            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '[' or '{':
                    if (++depth > MaxDepth)
                    {
                        return line;
                    }

                    break;
                case ']' or '}':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }

        return null;
    }
}
