using ItaSite.Tests.Support;

namespace ItaSite.Tests.Hostile;

/// <summary>Links, attachments and symlinks cannot reach outside content/, and nothing outside it is copied into the output.</summary>
public class PathEscapeTests
{
    [Fact]
    public async Task Dot_dot_links_and_attachments_are_errors()
    {
        using var site = TestSite.WithBasics();
        File.WriteAllText(Path.Combine(site.Root, "secret.txt"), "password");
        site.Write("oit/2566/o1.md", TestSite.Item("O1", "attachments:\n  - { file: ../../../secret.txt, title: ลับ }\n"));
        var attachment = Assert.Single(TestSite.Errors(await site.BuildAsync()));
        Assert.Equal(("ITA3005", 7), (attachment.Code, attachment.Span.Line));

        site.Write("oit/2566/o1.md", TestSite.Item("O1", body: "ดู [ลับ](../../../secret.txt)\n"));
        var result = await site.BuildAsync();
        var link = Assert.Single(TestSite.Errors(result));
        Assert.Equal(("ITA3005", 7), (link.Code, link.Span.Line));
        Assert.False(Directory.Exists(site.OutputDir));
    }

    [Fact]
    public async Task A_symlink_leaving_the_content_folder_is_an_error_and_never_copied()
    {
        using var site = TestSite.WithBasics();
        var outside = Path.Combine(site.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.pdf"), "TOP SECRET");
        Directory.CreateDirectory(Path.Combine(site.ContentDir, "oit/2566/files"));
        File.CreateSymbolicLink(Path.Combine(site.ContentDir, "oit/2566/files/report.pdf"), Path.Combine(outside, "secret.pdf"));
        Directory.CreateSymbolicLink(Path.Combine(site.ContentDir, "pages/linked"), outside);
        site.Write("oit/2566/o1.md", TestSite.Item("O1", body: "[รายงาน](files/report.pdf)\n"));
        var result = await site.BuildAsync();
        var escapes = TestSite.Errors(result).Where(e => e.Code == "ITA3005").ToList();
        Assert.Equal(2, escapes.Count);
        Assert.False(result.Written);
        Assert.DoesNotContain(result.Files, f => f.CopyFrom is not null && f.CopyFrom.StartsWith(outside, StringComparison.Ordinal));
    }
}
