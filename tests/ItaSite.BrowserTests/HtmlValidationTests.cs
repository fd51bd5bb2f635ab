using System.Diagnostics;

namespace ItaSite.BrowserTests;

/// <summary>
/// Every generated HTML file passes html-validate (npm, installed by .ci/run into tools/node_modules) with zero errors. The
/// rules are html-validate:recommended with the few exceptions tools/.htmlvalidate.json explains.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HtmlValidationTests(BrowserFixture site)
{
    [Fact]
    public async Task Every_generated_html_file_is_valid()
    {
        var tools = Path.Combine(BrowserFixture.RepoRoot, "tools");
        var cli = Path.Combine(tools, "node_modules", "html-validate", "bin", "html-validate.mjs");
        if (!File.Exists(cli))
        {
            Prerequisite.Missing($"html-validate not installed ({cli}; run: npm ci --prefix tools); HTML validation skipped");
        }

        var files = Directory.GetFiles(site.OutputDir, "*.html", SearchOption.AllDirectories);
        Assert.True(files.Length > 40, $"only {files.Length} HTML files built");

        ProcessStartInfo start = new("node", ["--", cli, "--config", Path.Combine(tools, ".htmlvalidate.json"), "--formatter", "text", site.OutputDir])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = tools,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Prerequisite.Missing("node not found; HTML validation skipped");
            throw;
        }

        using (process)
        {
            var cancel = TestContext.Current.CancellationToken;
            var stdout = process.StandardOutput.ReadToEndAsync(cancel);
            var stderr = await process.StandardError.ReadToEndAsync(cancel);
            await process.WaitForExitAsync(cancel);
            Assert.True(process.ExitCode == 0, $"html-validate found errors in {files.Length} files:\n{await stdout}\n{stderr}");
        }
    }
}
