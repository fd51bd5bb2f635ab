using System.Globalization;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Thai;
using YamlDotNet.RepresentationModel;

namespace ItaSite.Generator.Yaml;

/// <summary>
/// Typed, position-aware reads from one YAML mapping. Every wrong type or value becomes a diagnostic at the value's position;
/// keys that were never read are reported by <see cref="WarnUnknownKeys"/>. The raw node tree never leaves the parsers.
/// </summary>
public sealed class YamlMap
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlMap(YamlMappingNode node, YamlSource source, DiagnosticBag diagnostics)
    {
        Node = node;
        Source = source;
        Diagnostics = diagnostics;
        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } scalarKey)
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, source.SpanOf(key), "keys must be plain names");
                continue;
            }

            _entries[name] = (scalarKey, value);
        }
    }

    public YamlMappingNode Node { get; }

    public YamlSource Source { get; }

    public DiagnosticBag Diagnostics { get; }

    public SourceSpan Span => Source.SpanOf(Node);

    public IEnumerable<string> Keys => _entries.Keys;

    public bool Has(string key) => _entries.ContainsKey(key);

    public SourceSpan SpanOf(string key) => _entries.TryGetValue(key, out var e) ? Source.SpanOf(e.Value) : Span;

    public YamlNode? Raw(string key)
    {
        _read.Add(key);
        return _entries.TryGetValue(key, out var e) && !IsNull(e.Value) ? e.Value : null;
    }

    public string? String(string key, bool required = false)
    {
        var node = Raw(key);
        if (node is null)
        {
            ReportMissing(key, required);
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Diagnostics.Error(DiagnosticCodes.InvalidValue, Source.SpanOf(node), $"'{key}' must be text, not a list or mapping");
            return null;
        }

        return scalar.Value?.Trim();
    }

    public int? Int(string key, bool required = false, int min = int.MinValue, int max = int.MaxValue)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(ThaiDigits.ToArabic(text), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            || value < min || value > max)
        {
            var range = min == int.MinValue ? string.Empty : $" from {min} to {max}";
            Diagnostics.Error(DiagnosticCodes.InvalidValue, SpanOf(key), $"'{key}' must be a whole number{range}, got '{text}'");
            return null;
        }

        return value;
    }

    public decimal? Decimal(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (!decimal.TryParse(ThaiDigits.ToArabic(text).Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            Diagnostics.Error(DiagnosticCodes.InvalidValue, SpanOf(key), $"'{key}' must be a number, got '{text}'");
            return null;
        }

        return value;
    }

    public bool? Bool(string key)
    {
        var text = String(key);
        switch (text?.ToLowerInvariant())
        {
            case null:
                return null;
            case "true" or "yes" or "on":
                return true;
            case "false" or "no" or "off":
                return false;
            default:
                Diagnostics.Error(DiagnosticCodes.InvalidValue, SpanOf(key), $"'{key}' must be true or false, got '{text}'");
                return null;
        }
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (!ThaiDateParser.TryParse(text, out var date))
        {
            Diagnostics.Error(DiagnosticCodes.InvalidValue, SpanOf(key), $"'{key}' must be a date written YYYY-MM-DD (e.g. 2023-03-15 or 2566-03-15), got '{text}'");
            return null;
        }

        return date;
    }

    public T? Enum<T>(string key, IReadOnlyDictionary<string, T> values, bool required = false)
        where T : struct
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }

        if (values.TryGetValue(text, out var value))
        {
            return value;
        }

        Diagnostics.Error(DiagnosticCodes.InvalidValue, SpanOf(key), $"'{key}' must be one of {string.Join(", ", values.Keys)}; got '{text}'");
        return null;
    }

    public YamlMap? Map(string key, bool required = false)
    {
        var node = Raw(key);
        if (node is null)
        {
            ReportMissing(key, required);
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            Diagnostics.Error(DiagnosticCodes.InvalidValue, Source.SpanOf(node), $"'{key}' must be a mapping of 'key: value' lines");
            return null;
        }

        return new YamlMap(mapping, Source, Diagnostics);
    }

    /// <summary>A list; a single scalar is accepted as a one-element list, as editors often write it.</summary>
    public IReadOnlyList<YamlNode> List(string key, bool required = false)
    {
        var node = Raw(key);
        switch (node)
        {
            case null:
                ReportMissing(key, required);
                return [];
            case YamlSequenceNode sequence:
                return [.. sequence.Children.Where(n => !IsNull(n))];
            case YamlScalarNode:
                return [node];
            default:
                Diagnostics.Error(DiagnosticCodes.InvalidValue, Source.SpanOf(node), $"'{key}' must be a list");
                return [];
        }
    }

    public IReadOnlyList<YamlMap> MapList(string key, bool required = false)
    {
        var result = new List<YamlMap>();
        foreach (var item in List(key, required))
        {
            if (item is YamlMappingNode mapping)
            {
                result.Add(new YamlMap(mapping, Source, Diagnostics));
            }
            else
            {
                Diagnostics.Error(DiagnosticCodes.InvalidValue, Source.SpanOf(item), $"each entry of '{key}' must be a mapping of 'key: value' lines");
            }
        }

        return result;
    }

    public IReadOnlyList<(string Value, SourceSpan Span)> StringList(string key, bool required = false)
    {
        var result = new List<(string, SourceSpan)>();
        foreach (var item in List(key, required))
        {
            if (item is YamlScalarNode { Value: { } text })
            {
                result.Add((text.Trim(), Source.SpanOf(item)));
            }
            else
            {
                Diagnostics.Error(DiagnosticCodes.InvalidValue, Source.SpanOf(item), $"each entry of '{key}' must be text");
            }
        }

        return result;
    }

    /// <summary>Warns about every key that no reader asked for, with a "did you mean" hint for near misses.</summary>
    public void WarnUnknownKeys(string where)
    {
        foreach (var (name, entry) in _entries)
        {
            if (_read.Contains(name))
            {
                continue;
            }

            var hint = NearestKnown(name) is { } near ? $" — did you mean '{near}'?" : string.Empty;
            Diagnostics.Warning(DiagnosticCodes.UnknownKey, Source.SpanOf(entry.Key), $"unknown key '{name}' in {where}{hint} (ไม่รู้จักคีย์นี้ ค่าจะไม่ถูกใช้)");
        }
    }

    private string? NearestKnown(string name) =>
        _read.Select(k => (Key: k, Distance: EditDistance(k, name)))
            .Where(x => x.Distance <= Math.Max(2, x.Key.Length / 3))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Key, StringComparer.Ordinal)
            .Select(x => x.Key)
            .FirstOrDefault();

    private void ReportMissing(string key, bool required)
    {
        if (required)
        {
            Diagnostics.Error(DiagnosticCodes.MissingKey, Span, $"missing required key '{key}' (ขาดคีย์ที่จำเป็น)");
        }
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted), Value: null or "" or "~" or "null" };

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
