using System.Xml;
using ItaSite.Generator.Publishing;

namespace ItaSite.Tests.Publishing;

/// <summary>Reads a published SVG as XML and asserts every element and attribute is one the allow-list names.</summary>
internal static class SvgAssert
{
    public static void OnlyAllowedMarkup(string svg)
    {
        using var reader = XmlReader.Create(new StringReader(svg), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                Assert.NotEqual(XmlNodeType.ProcessingInstruction, reader.NodeType);
                continue;
            }

            Assert.Equal(SvgAllowList.SvgNamespace, reader.NamespaceURI);
            Assert.True(SvgAllowList.Elements.Contains(reader.LocalName), reader.LocalName);
            while (reader.MoveToNextAttribute())
            {
                if (reader.Prefix == "xmlns" || reader.Name == "xmlns")
                {
                    continue;
                }

                Assert.False(reader.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase), reader.Name);
                if (reader.LocalName == "href")
                {
                    Assert.StartsWith("#", reader.Value, StringComparison.Ordinal);
                }
                else if (reader.NamespaceURI != SvgAllowList.XmlNamespace)
                {
                    Assert.True(SvgAllowList.Attributes.Contains(reader.LocalName), reader.Name);
                    Assert.DoesNotContain("url(http", reader.Value.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
                }
            }
        }
    }
}
