using System.Text;

namespace ItaSite.Fuzz;

/// <summary>
/// Files an attacker with edit access would publish: active documents under harmless names (type confusion), polyglots that
/// are two formats at once, and SVG that runs script in every way the format allows. The fuzzer mutates them further.
/// </summary>
public static class HostileFiles
{
    public static readonly string[] Extensions =
    [
        ".pdf", ".png", ".jpg", ".gif", ".webp", ".svg", ".csv", ".txt", ".docx", ".xls", ".zip", ".mp4", ".webm", ".mp3",
        ".html", ".htm", ".xhtml", ".xml", ".js", ".svgz", ".php", ".PDF", ".Svg", ".pdf.html", ".html.pdf", "", ".", ".exe",
    ];

    public static readonly byte[][] Samples =
    [
        .. new[]
        {
            "<!DOCTYPE html><html><body><script>alert(document.domain)</script></body></html>",
            "\uFEFF  <html><img src=x onerror=alert(1)>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>",
            "<?xml version=\"1.0\"?><?xml-stylesheet type=\"text/xsl\" href=\"#x\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><body xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></body></foreignObject></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><a xlink:href=\"javascript:alert(1)\"><rect width=\"9\" height=\"9\"/></a><use href=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\"/><animate attributeName=\"href\" to=\"javascript:alert(1)\"/><set attributeName=\"onclick\" to=\"alert(1)\"/></svg>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import url(https://evil.example/x.css)</style><rect style=\"fill:u\\72l(https://evil.example/)\" filter=\"url(https://evil.example/#f)\"/><image href=\"https://evil.example/t.png\"/><feImage href=\"https://evil.example/\"/></svg>",
            "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&c;</text></svg>",
            "<!DOCTYPE svg SYSTEM \"file:///etc/passwd\"><svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><svg:script xmlns:svg=\"http://www.w3.org/2000/svg\">alert(1)</svg:script><h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(2)</h:script><g ONLOAD=\"alert(3)\" x:onclick=\"alert(4)\" xmlns:x=\"urn:x\"/></svg>",
            "GIF89a/*\u0000\u0000*/=1;alert(document.domain)//",
            "%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF",
            "\u0089PNG\r\n\u001a\n<script>alert(1)</script>",
            "PK\u0003\u0004<html><script>alert(1)</script>",
            "<script>alert(1)</script>,ลำดับ,รายการ\n1,2,3\n",
            "=cmd|' /C calc'!A0,ลำดับ\n",
            "alert(document.cookie)",
            "<?php system($_GET['c']); ?>",
            "{\\rtf1 <script>alert(1)</script>}",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 9 9\"><rect width=\"9\" height=\"9\" fill=\"#0b4f8a\"/><text x=\"1\" y=\"5\">ทดสอบ</text></svg>",
            "",
        }.Select(Encoding.UTF8.GetBytes),
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52],
        [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0, 1, (byte)'<', (byte)'s', (byte)'v', (byte)'g'],
        [0xFF, 0xFE, (byte)'<', 0, (byte)'h', 0, (byte)'t', 0, (byte)'m', 0, (byte)'l', 0, (byte)'>', 0],
    ];
}
