using System.Text.RegularExpressions;

namespace ItaSite.BrowserTests;

/// <summary>
/// The QR codes the build generates decode back to the ITAS links of site.yaml: the inline SVG is drawn onto a canvas in
/// Chromium and decoded with jsQR (pinned in tools/package.json, installed into tools/node_modules).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class QrCodeTests(BrowserFixture site)
{
    private static string JsQrPath => Path.Combine(BrowserFixture.RepoRoot, "tools", "node_modules", "jsqr", "dist", "jsQR.js");

    [Theory]
    [InlineData("oit/2566/o43/")]
    [InlineData("")]
    public async Task Eit_qr_code_decodes_to_the_configured_itas_url(string path)
    {
        var page = await site.NewPageAsync();
        if (!File.Exists(JsQrPath))
        {
            Assert.Fail($"jsQR missing at {JsQrPath}: run 'npm ci --prefix tools'");
        }

        await page.GotoAsync(site.BaseUrl + path);
        // Evaluated through the DevTools protocol: the site's Content-Security-Policy (script-src 'self') forbids injected tags.
        await page.EvaluateAsync("(function () {\n" + await File.ReadAllTextAsync(JsQrPath, TestContext.Current.CancellationToken) + "\n}).call(window)");
        var decoded = await page.EvaluateAsync<string?>("""
            async () => {
              const svg = document.querySelector('figure.qr[data-qr=eit] svg');
              const xml = new XMLSerializer().serializeToString(svg);
              const img = new Image();
              img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(xml);
              await img.decode();
              const size = 400;
              const canvas = document.createElement('canvas');
              canvas.width = size; canvas.height = size;
              const ctx = canvas.getContext('2d');
              ctx.fillStyle = '#fff'; ctx.fillRect(0, 0, size, size);
              ctx.imageSmoothingEnabled = false;
              ctx.drawImage(img, 0, 0, size, size);
              const data = ctx.getImageData(0, 0, size, size);
              const code = jsQR(data.data, size, size);
              return code ? code.data : null;
            }
            """);
        var configured = EitUrl().Match(File.ReadAllText(Path.Combine(BrowserFixture.ExampleContent, "site.yaml"))).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(configured));
        Assert.Equal(configured, decoded);
        Assert.Equal(configured, (await page.Locator("figure.qr[data-qr=eit] .qr__link").InnerTextAsync()).Trim());
    }

    [GeneratedRegex(@"eit_url:\s*(\S+)")]
    private static partial Regex EitUrl();
}
