using System.Text;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Hostile;

/// <summary>Files from Windows editors (BOM, CRLF) simply work; files in other encodings are a positioned error.</summary>
public class EncodingTests
{
    [Fact]
    public async Task Bom_and_crlf_files_build_like_any_other()
    {
        using var site = TestSite.WithBasics();
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("---\r\ntitle: เกี่ยวกับเรา\r\n---\r\n## ประวัติ\r\n\r\nก่อตั้งเมื่อ\r\n")).ToArray();
        site.WriteBytes("pages/about.md", bytes);
        site.WriteBytes("site.yaml", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(TestSite.MinimalSiteYaml.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray());
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, TestSite.Lines(result));
        var html = site.Html("about/index.html");
        Assert.Equal("ประวัติ", html.QuerySelector("main h2")?.TextContent.Trim());
        Assert.DoesNotContain('\r', site.ReadOutput("about/index.html"));
        Assert.DoesNotContain("\uFEFF", site.ReadOutput("about/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tis620_file_is_an_error_on_the_line_of_the_first_bad_byte()
    {
        using var site = TestSite.WithBasics();
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: ok\n---\nline four\n").Concat(new byte[] { 0xC1, 0xD2, 0xB5, (byte)'\n' }).ToArray();
        site.WriteBytes("pages/legacy.md", bytes);
        var result = await site.BuildAsync();
        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal("ITA1006", error.Code);
        Assert.Equal(5, error.Span.Line);
        Assert.False(result.Written);
    }

    [Fact]
    public async Task A_nul_byte_is_an_error()
    {
        using var site = TestSite.WithBasics();
        site.WriteBytes("pages/binary.md", [(byte)'#', (byte)' ', (byte)'a', (byte)'\n', 0, 1, 2]);
        var error = Assert.Single(TestSite.Errors(await site.BuildAsync()));
        Assert.Equal("ITA1006", error.Code);
        Assert.Equal(2, error.Span.Line);
    }
}
