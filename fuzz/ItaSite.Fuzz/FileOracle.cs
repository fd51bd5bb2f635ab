using System.Text;
using System.Xml;

namespace ItaSite.Fuzz;

/// <summary>
/// The "nothing active is published" oracle for files, written apart from the generator's own policy: a published file must
/// not have an active extension, must not start with markup a browser could sniff as HTML (SVG excepted), and a published SVG
/// must be well-formed and carry no script, event attribute, foreign object, external reference or script URL.
/// </summary>
public static class FileOracle
{
    private static readonly string[] ActiveExtensions = [".html", ".htm", ".xhtml", ".xht", ".xml", ".js", ".mjs", ".svgz", ".php", ".css", ".exe", ".hta"];

    public static string? Find(string fileName, byte[] published)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (ActiveExtensions.Contains(extension))
        {
            return $"{fileName}: active type published";
        }

        if (extension == ".svg")
        {
            return FindInSvg(fileName, published);
        }

        var head = Encoding.Latin1.GetString(published, 0, Math.Min(published.Length, 512)).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n', '\f');
        if (head.Length > 1 && head[0] == '<' && (char.IsAsciiLetter(head[1]) || head[1] is '!' or '?' or '/'))
        {
            return $"{fileName}: markup published under a non-markup name";
        }

        if (published.Length > 2 && published[0] == 0xFF && published[1] == 0xFE && published[2] == (byte)'<')
        {
            return $"{fileName}: UTF-16 markup published";
        }

        return null;
    }

    private static string? FindInSvg(string fileName, byte[] svg)
    {
        var text = Encoding.UTF8.GetString(svg);
        foreach (var bad in new[] { "javascript", "<script", ":script", "foreignObject", "<iframe", "<image", "<feImage", "<style", "<animate", "<set", "url(http", "url('http", "url(\"http", "<!DOCTYPE", "<!ENTITY", "<?xml-stylesheet" })
        {
            if (text.Contains(bad, StringComparison.OrdinalIgnoreCase))
            {
                return $"{fileName}: SVG published with '{bad}'";
            }
        }

        try
        {
            using var reader = XmlReader.Create(new MemoryStream(svg), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI != "http://www.w3.org/2000/svg")
                {
                    return $"{fileName}: SVG published with <{reader.Name}> from {reader.NamespaceURI}";
                }

                while (reader.NodeType == XmlNodeType.Element && reader.MoveToNextAttribute())
                {
                    if (reader.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    {
                        return $"{fileName}: SVG published with event attribute {reader.Name}";
                    }

                    if (reader.LocalName == "href" && !reader.Value.TrimStart().StartsWith('#'))
                    {
                        return $"{fileName}: SVG published with href {reader.Value}";
                    }
                }
            }
        }
        catch (XmlException ex)
        {
            return $"{fileName}: published SVG is not well-formed ({ex.Message})";
        }

        return null;
    }
}
