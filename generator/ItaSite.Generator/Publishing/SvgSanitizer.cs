using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace ItaSite.Generator.Publishing;

/// <summary>The outcome of sanitizing one SVG: the bytes to publish (null when refused), what was removed, or why it was refused.</summary>
public sealed record SvgResult(byte[]? Content, IReadOnlyList<string> Removed, string? Refusal);

/// <summary>
/// Rewrites an SVG through <see cref="SvgAllowList"/> with the framework's XML reader and writer: the published file is what
/// the writer serialises from the allowed elements and attributes, never the original bytes, so anything the reader did not
/// understand cannot survive. DTDs (and with them entity expansion) are refused, as are files that are not well-formed XML or
/// whose root is not an SVG <c>&lt;svg&gt;</c>, and nesting deeper than <see cref="MaxDepth"/>. Streaming: no recursion.
/// </summary>
public static partial class SvgSanitizer
{
    public const int MaxDepth = 256;

    public static SvgResult Sanitize(byte[] bytes)
    {
        var removed = new SortedSet<string>(StringComparer.Ordinal);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersInDocument = 20_000_000,
            CloseInput = true,
        };
        var output = new MemoryStream();
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = true, CloseOutput = false }))
            {
                if (Copy(reader, writer, removed) is { } refusal)
                {
                    return new SvgResult(null, [.. removed], refusal);
                }
            }

            return new SvgResult(output.ToArray(), [.. removed], null);
        }
        catch (InvalidOperationException ex)
        {
            return new SvgResult(null, [.. removed], $"it cannot be rewritten as well-formed XML ({ex.Message})");
        }
        catch (XmlException ex)
        {
            var reason = ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? "it declares a DTD, which could define entities; SVG files need none"
                : $"it is not well-formed XML ({ex.Message})";
            return new SvgResult(null, [.. removed], reason);
        }
    }

    /// <summary>Copies the allowed part of the document; returns why the file is refused, or null.</summary>
    private static string? Copy(XmlReader reader, XmlWriter writer, SortedSet<string> removed)
    {
        var sawRoot = false;
        var advance = true;
        var open = 0; // elements written and not yet closed: text outside the root is not published
        while (true)
        {
            if (advance && !reader.Read())
            {
                break;
            }

            advance = true;
            if (reader.EOF)
            {
                break;
            }

            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (!sawRoot && (reader.LocalName != "svg" || reader.NamespaceURI != SvgAllowList.SvgNamespace))
                    {
                        return $"its root element is <{reader.Name}>, not an SVG <svg> (xmlns=\"{SvgAllowList.SvgNamespace}\")";
                    }

                    sawRoot = true;
                    if (reader.Depth >= MaxDepth)
                    {
                        return $"elements are nested more than {MaxDepth} levels deep";
                    }

                    if (!IsAllowedElement(reader, removed))
                    {
                        reader.Skip(); // leaves the reader on the node after the element: look at it without reading on
                        advance = false;
                        continue;
                    }

                    open += reader.IsEmptyElement ? 0 : 1;
                    WriteElementStart(reader, writer, removed);
                    break;
                case XmlNodeType.EndElement:
                    open--;
                    writer.WriteFullEndElement();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    if (open > 0)
                    {
                        writer.WriteString(reader.Value);
                    }

                    break;
            }
        }

        return sawRoot ? null : "it has no <svg> element";
    }

    private static bool IsAllowedElement(XmlReader reader, SortedSet<string> removed)
    {
        if (reader.NamespaceURI == SvgAllowList.SvgNamespace && SvgAllowList.Elements.Contains(reader.LocalName))
        {
            return true;
        }

        if (!SvgAllowList.EditorNamespaces.Contains(reader.NamespaceURI) && !(reader.NamespaceURI == SvgAllowList.SvgNamespace && SvgAllowList.QuietlyRemoved.Contains(reader.LocalName)))
        {
            removed.Add($"<{reader.LocalName}>");
        }

        return false;
    }

    private static void WriteElementStart(XmlReader reader, XmlWriter writer, SortedSet<string> removed)
    {
        var empty = reader.IsEmptyElement;
        writer.WriteStartElement(string.Empty, reader.LocalName, SvgAllowList.SvgNamespace);
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                WriteAttribute(reader, writer, removed);
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        if (empty)
        {
            writer.WriteEndElement();
        }
    }

    private static void WriteAttribute(XmlReader reader, XmlWriter writer, SortedSet<string> removed)
    {
        var (ns, name, value) = (reader.NamespaceURI, reader.LocalName, reader.Value);
        if (ns == "http://www.w3.org/2000/xmlns/" || SvgAllowList.EditorNamespaces.Contains(ns))
        {
            return; // namespace declarations are written by the writer as needed; editors' attributes are inert
        }

        if (name == "href" && (ns.Length == 0 || ns == SvgAllowList.XlinkNamespace))
        {
            if (LocalReference().IsMatch(value))
            {
                writer.WriteAttributeString("href", value.Trim()); // SVG 2 href: no xlink namespace needed
            }
            else
            {
                removed.Add($"href '{Short(value)}' (only #fragments of the same file are kept)");
            }

            return;
        }

        if (ns == SvgAllowList.XmlNamespace && name is "space" or "lang")
        {
            writer.WriteAttributeString("xml", name, SvgAllowList.XmlNamespace, value);
            return;
        }

        if (ns.Length != 0 || !SvgAllowList.Attributes.Contains(name))
        {
            removed.Add(name.StartsWith("on", StringComparison.OrdinalIgnoreCase) ? $"event attribute '{name}'" : $"attribute '{reader.Name}'");
            return;
        }

        if (!IsSafeValue(value))
        {
            removed.Add($"attribute '{name}' with '{Short(value)}' (only url(#id) references are kept)");
            return;
        }

        writer.WriteAttributeString(name, value);
    }

    /// <summary>No CSS escapes, at-rules or expressions, and every <c>url(</c> a reference to an id of the same file.</summary>
    private static bool IsSafeValue(string value)
    {
        if (value.Contains('\\', StringComparison.Ordinal) || value.Contains('@', StringComparison.Ordinal)
            || value.Contains("expression", StringComparison.OrdinalIgnoreCase) || value.Contains('<', StringComparison.Ordinal)
            || value.Contains("javascript", StringComparison.OrdinalIgnoreCase) || value.Contains("image-set", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var compact = UrlPolicy.Normalize(value);
        var at = compact.IndexOf("url(", StringComparison.Ordinal);
        while (at >= 0)
        {
            var next = compact.AsSpan(at + 4).TrimStart("'\"");
            if (next.Length == 0 || next[0] != '#')
            {
                return false;
            }

            at = compact.IndexOf("url(", at + 4, StringComparison.Ordinal);
        }

        return true;
    }

    private static string Short(string value) => value.Length <= 40 ? value : value[..40] + "…";

    [GeneratedRegex(@"^\s*#[A-Za-z_][A-Za-z0-9_.:\-]*\s*$")]
    private static partial Regex LocalReference();
}
