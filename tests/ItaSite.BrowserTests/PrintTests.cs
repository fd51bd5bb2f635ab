using System.Diagnostics;
using Microsoft.Playwright;

namespace ItaSite.BrowserTests;

/// <summary>Staff print item pages for the file: the paper copy keeps the content and spells out where links and attachments lead.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintTests(BrowserFixture site)
{
    [Theory]
    [InlineData("oit/2566/o12/", "item-attachments")]
    [InlineData("oit/2566/o28/", "item-text")]
    public async Task Printed_item_page_spells_out_absolute_link_and_attachment_urls(string path, string name)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + path);
        var expected = await page.EvaluateAsync<string[]>(
            """
            (() => { const base = document.querySelector('link[rel=canonical]').href;
              return [...document.querySelectorAll('main .attachments a, main .prose a, main .checklist__evidence a')]
                .map(a => a.getAttribute('href')).filter(h => !h.startsWith('#') && !h.startsWith('tel:'))
                .map(h => h.startsWith('mailto:') ? h.slice(7) : new URL(h, base).href); })()
            """);
        Assert.NotEmpty(expected);
        Assert.All(expected, url => Assert.DoesNotContain("127.0.0.1", url, StringComparison.Ordinal));

        Directory.CreateDirectory(BrowserFixture.ArtifactsDir);
        var pdf = Path.Combine(BrowserFixture.ArtifactsDir, name + "-print.pdf");
        await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", PrintBackground = false });
        var text = PdfText(pdf);
        var flat = new string([.. text.Where(c => !char.IsWhiteSpace(c))]);
        Assert.Contains("O" + path.Split('/')[2][1..], flat, StringComparison.Ordinal);
        var missing = expected.Select(Uri.UnescapeDataString).Where(url => !flat.Contains(url, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"not in the printed text: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task Print_hides_navigation_chrome_and_keeps_the_content()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "oit/2566/o12/");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var shown = await page.EvaluateAsync<string[]>(
            """
            ['.skip-link', '.site-header', '.main-nav', '.search-box', '.complaint-bar', '.breadcrumb', '.pager', '.site-footer']
              .filter(sel => { const e = document.querySelector(sel); return e && getComputedStyle(e).display !== 'none'; })
            """);
        Assert.Empty(shown);
        Assert.True(await page.Locator("main h1").IsVisibleAsync());
        Assert.True(await page.Locator("main .attachments").IsVisibleAsync());
        Assert.True(await page.Locator("main .checklist").IsVisibleAsync());
    }

    /// <summary>The PDF's text in drawing order (-raw), so a URL wrapped inside a table cell is not interleaved with the next cell.</summary>
    internal static string PdfText(string pdf, int? pageNumber = null)
    {
        ProcessStartInfo start = new("pdftotext", pageNumber is { } n ? ["-raw", "-enc", "UTF-8", "-f", $"{n}", "-l", $"{n}", pdf, "-"] : ["-raw", "-enc", "UTF-8", pdf, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Prerequisite.Missing("pdftotext not found (apt-get install poppler-utils); print text check skipped");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "pdftotext failed: " + process.StandardError.ReadToEnd());
            return output;
        }
    }
}
