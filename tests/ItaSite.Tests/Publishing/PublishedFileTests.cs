using System.Text;
using ItaSite.Generator.Diagnostics;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Publishing;

/// <summary>
/// Every file published from content passes one policy: allowed types by extension and content, SVG rewritten through an
/// allow-list, active types refused at the line that pulls them in. Each hostile case here was published as it was before.
/// </summary>
public class PublishedFileTests
{
    private const string HostileSvg = """
        <?xml version="1.0"?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(document.domain)">
          <script>alert(1)</script>
          <script type="text/ecmascript"><![CDATA[ fetch('/steal') ]]></script>
          <rect width="10" height="10" fill="#0b4f8a" onclick="alert(2)"/>
          <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(3)"/></div></foreignObject>
          <a xlink:href="javascript:alert(4)"><text x="1" y="5">คลิก</text></a>
          <use href="https://evil.example/sprite.svg#x"/>
          <image href="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoNSk+"/>
          <animate attributeName="href" to="javascript:alert(6)"/>
          <circle cx="5" cy="5" r="2" style="fill:url(https://evil.example/track)"/>
          <text x="1" y="9">ภาพแผนภูมิ</text>
        </svg>
        """;

    private static TestSite SiteWithAttachment(string file, byte[] bytes)
    {
        var site = TestSite.WithBasics();
        site.Write("oit/2566/o1.md", TestSite.Item("O1", $"attachments:\n  - {{ file: files/{file}, title: ไฟล์แนบ }}\n"));
        site.WriteBytes($"oit/2566/files/{file}", bytes);
        return site;
    }

    [Fact]
    public async Task An_svg_attachment_is_published_only_without_script_events_foreign_objects_and_external_references()
    {
        using var site = SiteWithAttachment("chart.svg", Encoding.UTF8.GetBytes(HostileSvg));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var warning = Assert.Single(result.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.SvgCleaned);
        Assert.Equal(("content/oit/2566/o1.md", 7), (warning.Span.File, warning.Span.Line));
        Assert.Contains("chart.svg", warning.Message, StringComparison.Ordinal);

        var published = site.ReadOutput("oit/2566/files/chart.svg");
        foreach (var forbidden in new[] { "script", "onload", "onclick", "onerror", "foreignObject", "javascript", "evil.example", "data:", "<a", "animate", "<image", "alert" })
        {
            Assert.DoesNotContain(forbidden, published, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("<rect", published, StringComparison.Ordinal);
        Assert.Contains("ภาพแผนภูมิ", published, StringComparison.Ordinal);
        SvgAssert.OnlyAllowedMarkup(published);
    }

    [Theory]
    [InlineData("page.html", "<html><script>alert(1)</script></html>")]
    [InlineData("page.HTM", "<p>hi</p>")]
    [InlineData("page.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>")]
    [InlineData("app.js", "alert(1)")]
    [InlineData("feed.xml", "<?xml version=\"1.0\"?><x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script>")]
    [InlineData("shell.php", "<?php system($_GET['c']); ?>")]
    [InlineData("report.pdf.html", "<script>alert(1)</script>")]
    [InlineData("noextension", "hello")]
    public async Task Active_and_unknown_types_are_refused_at_the_front_matter_line_naming_the_file(string file, string text)
    {
        using var site = SiteWithAttachment(file, Encoding.UTF8.GetBytes(text));
        var result = await site.BuildAsync();
        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal((DiagnosticCodes.FileTypeRefused, "content/oit/2566/o1.md", 7), (error.Code, error.Span.File, error.Span.Line));
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.False(result.Written);
        Assert.DoesNotContain(result.Files, f => f.RelativePath.EndsWith(file, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_markdown_link_to_an_html_file_is_refused_at_the_link()
    {
        using var site = TestSite.WithBasics();
        site.Write("oit/2566/o1.md", TestSite.Item("O1", body: "ย่อหน้าแรก\n\nดู [ประกาศ](files/notice.html) ที่นี่\n"));
        site.Write("oit/2566/files/notice.html", "<script>alert(1)</script>");
        var error = Assert.Single(TestSite.Errors(await site.BuildAsync()));
        Assert.Equal((DiagnosticCodes.FileTypeRefused, 9, 4), (error.Code, error.Span.Line, error.Span.Column));
        Assert.Contains("notice.html", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report.pdf", "<!DOCTYPE html><html><script>alert(1)</script></html>")]
    [InlineData("photo.png", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")]
    [InlineData("photo.jpg", "<html><body onload=alert(1)>")]
    [InlineData("plan.docx", "<html>not a zip</html>")]
    [InlineData("data.csv", "<script>alert(1)</script>,a,b\n")]
    [InlineData("notes.txt", "  <html><script>alert(1)</script>")]
    [InlineData("video.mp4", "<video>")]
    public async Task A_file_whose_content_is_not_its_type_is_refused(string file, string text)
    {
        using var site = SiteWithAttachment(file, Encoding.UTF8.GetBytes(text));
        var result = await site.BuildAsync();
        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal((DiagnosticCodes.FileContentMismatch, 7), (error.Code, error.Span.Line));
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.False(result.Written);
    }

    public static TheoryData<string, byte[]> RealFiles => new()
    {
        { "report.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"u8.ToArray() },
        { "photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] },
        { "photo.jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F'] },
        { "plan.docx", [(byte)'P', (byte)'K', 3, 4, 20, 0, 6, 0] },
        { "budget.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0] },
        { "data.csv", Encoding.UTF8.GetBytes("\uFEFFลำดับ,รายการ\n1,จัดซื้อ\n") },
        { "clip.webm", [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42] },
        { "all.zip", [(byte)'P', (byte)'K', 3, 4, 10, 0] },
    };

    [Theory]
    [MemberData(nameof(RealFiles))]
    public async Task Allowed_types_with_matching_content_are_published_byte_for_byte(string file, byte[] bytes)
    {
        using var site = SiteWithAttachment(file, bytes);
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(site.OutputDir, "oit/2566/files", file)));
    }

    [Fact]
    public async Task A_refused_file_leaves_the_previous_output_as_it_was()
    {
        using var site = SiteWithAttachment("report.pdf", "%PDF-1.4\n"u8.ToArray());
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = FolderSnapshot.Of(site.OutputDir);
        site.WriteBytes("oit/2566/files/report.pdf", "<html><script>alert(1)</script>"u8.ToArray());
        var result = await site.BuildAsync();
        Assert.Contains(TestSite.Errors(result), e => e.Code == DiagnosticCodes.FileContentMismatch);
        Assert.Equal(before, FolderSnapshot.Of(site.OutputDir));
    }
}
