using ItaSite.Generator.Markdown;
using ItaSite.Generator.Output;
using ItaSite.Generator.Publishing;
using ItaSite.Generator.Site;

namespace ItaSite.Tests.Markdown;

public class MarkdownTests
{
    [Theory]
    [InlineData("ข้อมูลผู้บริหาร", "ข้อมูลผู้บริหาร")]
    [InlineData("ผลการดำเนินงาน ปี 2566", "ผลการดำเนินงาน-ปี-2566")]
    [InlineData("Q&A ถาม-ตอบ", "qa-ถาม-ตอบ")]
    [InlineData("รายงาน (รอบ 6 เดือน)", "รายงาน-รอบ-6-เดือน")]
    [InlineData("!!!", "section")]
    public void Heading_ids_keep_thai_whole(string heading, string id) => Assert.Equal(id, HeadingIds.Slugify(heading));

    [Fact]
    public void Repeated_headings_get_numbered_ids()
    {
        var used = new HashSet<string>();
        Assert.Equal("ผล", HeadingIds.Unique("ผล", used));
        Assert.Equal("ผล-2", HeadingIds.Unique("ผล", used));
        Assert.Equal("ผล-3", HeadingIds.Unique("ผล", used));
    }

    [Theory]
    [InlineData("/oit/2566/o17/", "/oit/2566/o17/", "./")]
    [InlineData("/qa/", "/oit/2566/o17/", "../../../qa/")]
    [InlineData("/", "/oit/2566/o17/", "../../../")]
    [InlineData("/oit/2566/o18/", "/oit/2566/o17/", "../o18/")]
    [InlineData("/oit/2566/files/a.pdf", "/oit/2566/o17/", "../files/a.pdf")]
    [InlineData("/qa/", "/", "qa/")]
    [InlineData("/assets/site.css", "/", "assets/site.css")]
    [InlineData("/assets/site.css", "/404.html", "assets/site.css")]
    public void Site_paths_link_relatively(string target, string from, string expected) =>
        Assert.Equal(expected, new SitePath(target).RelativeFrom(new SitePath(from)));

    [Theory]
    [InlineData("https://www.nacc.go.th/", LinkKind.External)]
    [InlineData("mailto:a@b.go.th", LinkKind.External)]
    [InlineData("javascript:alert(1)", LinkKind.Blocked)]
    [InlineData(" JaVaScRiPt:alert(1)", LinkKind.Blocked)]
    [InlineData("data:text/html,x", LinkKind.Blocked)]
    [InlineData("#หัวข้อ", LinkKind.SamePageAnchor)]
    [InlineData("../../../../etc/passwd", LinkKind.Escapes)]
    [InlineData("o2.md", LinkKind.Page)]
    [InlineData("o2.md#ผู้บริหาร", LinkKind.Page)]
    [InlineData("/qa/", LinkKind.Page)]
    [InlineData("files/a.pdf", LinkKind.Asset)]
    [InlineData("files/missing.pdf", LinkKind.Broken)]
    public void Links_resolve_by_kind(string written, LinkKind kind)
    {
        var resolver = new LinkResolver(
            new Dictionary<string, SitePath> { ["oit/2566/o2.md"] = new("/oit/2566/o2/"), ["pages/qa.md"] = new("/qa/") },
            new HashSet<string> { "/oit/2566/o2/", "/qa/" },
            new Dictionary<string, AssetFile> { ["oit/2566/files/a.pdf"] = new("oit/2566/files/a.pdf", "x", "/x", 1) });
        Assert.Equal(kind, resolver.Resolve("oit/2566/o1.md", written).Kind);
    }
}
