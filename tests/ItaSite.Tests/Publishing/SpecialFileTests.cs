using System.Diagnostics;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Pipeline;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Publishing;

/// <summary>
/// Only regular files are read. A named pipe in content/ used to hang the build in open() forever; here every build runs under
/// a timeout, so a regression fails the test instead of hanging the suite.
/// </summary>
public class SpecialFileTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private static void MakeFifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>Builds with a time limit; on timeout opens the FIFOs for writing so the blocked reader is released, then fails.</summary>
    private static async Task<BuildResult> BuildWithin(TestSite site, params string[] fifos)
    {
        var build = Task.Run(() => site.BuildAsync()); // on its own thread: the load stage reads files before the build's first await
        try
        {
            return await build.WaitAsync(Limit);
        }
        catch (TimeoutException)
        {
            foreach (var fifo in fifos)
            {
                _ = Task.Run(() =>
                {
                    using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write);
                });
            }

            Assert.Fail($"the build did not finish within {Limit.TotalSeconds:0} s: it is blocked reading a named pipe");
            throw;
        }
    }

    [Theory]
    [InlineData("oit/2566/files/report.pdf")]
    [InlineData("oit/2566/files/chart.svg")]
    public async Task A_named_pipe_attachment_is_refused_without_being_opened(string attachment)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows folders hold no FIFOs
        }

        using var site = TestSite.WithBasics();
        site.Write("oit/2566/o1.md", TestSite.Item("O1", $"attachments:\n  - {{ file: {Path.GetFileName(attachment)}, title: รายงาน }}\n".Replace("file: ", "file: files/", StringComparison.Ordinal)));
        var fifo = Path.Combine(site.ContentDir, attachment);
        MakeFifo(fifo);
        var result = await BuildWithin(site, fifo);
        var errors = TestSite.Errors(result).ToList();
        Assert.Contains(errors, e => e.Code == DiagnosticCodes.SpecialFile && e.Span.File == "content/" + attachment && e.Message.Contains("FIFO", StringComparison.Ordinal));
        Assert.False(result.Written);
        Assert.DoesNotContain(result.Files, f => f.CopyFrom == fifo);
    }

    [Theory]
    [InlineData("pages/about.md")]
    [InlineData("data/executives.yaml")]
    [InlineData("site.yaml")]
    public async Task A_named_pipe_where_text_is_expected_is_refused_without_being_opened(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var site = TestSite.WithBasics();
        var fifo = Path.Combine(site.ContentDir, path);
        if (File.Exists(fifo))
        {
            File.Delete(fifo);
        }

        MakeFifo(fifo);
        var result = await BuildWithin(site, fifo);
        Assert.Contains(TestSite.Errors(result), e => e.Code == DiagnosticCodes.SpecialFile && e.Span.File == "content/" + path);
        Assert.False(result.Written);
    }

    [Fact]
    public async Task A_symlink_to_a_named_pipe_inside_content_is_refused_too()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var site = TestSite.WithBasics();
        var fifo = Path.Combine(site.ContentDir, "pages/pipe");
        MakeFifo(fifo);
        File.CreateSymbolicLink(Path.Combine(site.ContentDir, "pages/report.pdf"), fifo);
        site.Write("pages/about.md", "---\ntitle: เกี่ยวกับ\n---\n[รายงาน](report.pdf)\n");
        var result = await BuildWithin(site, fifo);
        var special = TestSite.Errors(result).Where(e => e.Code == DiagnosticCodes.SpecialFile).Select(e => e.Span.File).ToHashSet();
        Assert.Superset(new HashSet<string> { "content/pages/pipe", "content/pages/report.pdf" }, special);
        Assert.False(result.Written);
    }
}
