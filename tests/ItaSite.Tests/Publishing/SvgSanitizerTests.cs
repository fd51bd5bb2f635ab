using System.Text;
using ItaSite.Generator.Publishing;

namespace ItaSite.Tests.Publishing;

/// <summary>The SVG allow-list on its own: what is kept, what is removed, and what makes a file unpublishable.</summary>
public class SvgSanitizerTests
{
    private const string Open = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">";

    private static SvgResult Sanitize(string svg) => SvgSanitizer.Sanitize(Encoding.UTF8.GetBytes(svg));

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script>")]
    [InlineData("<svg:script xmlns:svg=\"http://www.w3.org/2000/svg\">alert(1)</svg:script>", "<script>")]
    [InlineData("<SCRIPT>alert(1)</SCRIPT>", "<SCRIPT>")]
    [InlineData("<g onmouseover=\"alert(1)\"/>", "event attribute 'onmouseover'")]
    [InlineData("<foreignObject><iframe xmlns=\"http://www.w3.org/1999/xhtml\" src=\"javascript:alert(1)\"/></foreignObject>", "<foreignObject>")]
    [InlineData("<use xlink:href=\"https://evil.example/x.svg#a\"/>", "href 'https://evil.example/x.svg#a'")]
    [InlineData("<use href=\" javascript:alert(1)\"/>", "href ' javascript:alert(1)'")]
    [InlineData("<a href=\"javascript:alert(1)\"><rect width=\"1\" height=\"1\"/></a>", "<a>")]
    [InlineData("<set attributeName=\"onclick\" to=\"alert(1)\"/>", "<set>")]
    [InlineData("<animate attributeName=\"href\" values=\"javascript:alert(1)\"/>", "<animate>")]
    [InlineData("<image href=\"data:image/png;base64,AAAA\"/>", "<image>")]
    [InlineData("<filter><feImage href=\"https://evil.example/x.png\"/></filter>", "<feImage>")]
    [InlineData("<style>@import url(https://evil.example/x.css);</style>", "<style>")]
    [InlineData("<rect fill=\"url(https://evil.example/p#x)\"/>", "attribute 'fill'")]
    [InlineData("<rect style=\"fill:u\\72l(https://evil.example/)\"/>", "attribute 'style'")]
    [InlineData("<rect style=\"background:url( 'https://evil.example/' )\"/>", "attribute 'style'")]
    [InlineData("<html:script xmlns:html=\"http://www.w3.org/1999/xhtml\">alert(1)</html:script>", "<script>")]
    [InlineData("<rect xml:base=\"javascript:\" x:onload=\"alert(1)\" xmlns:x=\"urn:x\"/>", "attribute 'xml:base'")]
    public void Hostile_parts_are_removed_and_named(string inner, string removal)
    {
        var result = Sanitize(Open + inner + "<circle r=\"1\"/></svg>");
        Assert.Null(result.Refusal);
        Assert.Contains(result.Removed, r => r.StartsWith(removal, StringComparison.Ordinal));
        var svg = Encoding.UTF8.GetString(result.Content!);
        SvgAssert.OnlyAllowedMarkup(svg);
        Assert.DoesNotContain("alert", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", svg, StringComparison.Ordinal);
        Assert.Contains("<circle r=\"1\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clean_drawing_keeps_its_shapes_gradients_local_references_and_thai_text()
    {
        var source = Open + """
            <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><path id="p" d="M0 0h10"/></defs>
            <rect width="10" height="10" fill="url(#g)" style="stroke:#000;stroke-width:0.5"/>
            <use href="#p"/><use xlink:href="#p"/>
            <text x="1" y="5" font-family="Sarabun">องค์การบริหารส่วนตำบล &amp; ประชาชน</text>
            <metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata>
            </svg>
            """;
        var result = Sanitize(source);
        Assert.Null(result.Refusal);
        Assert.Empty(result.Removed);
        var svg = Encoding.UTF8.GetString(result.Content!);
        Assert.Contains("fill=\"url(#g)\"", svg, StringComparison.Ordinal);
        Assert.Equal(2, svg.Split("href=\"#p\"").Length - 1);
        Assert.Contains("องค์การบริหารส่วนตำบล &amp; ประชาชน", svg, StringComparison.Ordinal);
        Assert.Contains("stroke:#000", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&b;</svg>", "DTD")]
    [InlineData("<!DOCTYPE svg SYSTEM \"file:///etc/passwd\"><svg xmlns=\"http://www.w3.org/2000/svg\"/>", "DTD")]
    [InlineData("<html><script>alert(1)</script></html>", "root element")]
    [InlineData("<svg><script>alert(1)</script></svg>", "root element")] // no SVG namespace: a browser would not draw it either
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>", "well-formed")]
    [InlineData("", "well-formed")]
    [InlineData("GIF89a<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "well-formed")]
    public void Files_that_cannot_be_checked_are_refused(string svg, string reason)
    {
        var result = Sanitize(svg);
        Assert.Null(result.Content);
        Assert.Contains(reason, result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_refused_without_recursion()
    {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\">" + string.Concat(Enumerable.Repeat("<g>", 100_000)) + string.Concat(Enumerable.Repeat("</g>", 100_000)) + "</svg>";
        var result = Sanitize(svg);
        Assert.Null(result.Content);
        Assert.Contains("nested", result.Refusal, StringComparison.Ordinal);
    }
}
