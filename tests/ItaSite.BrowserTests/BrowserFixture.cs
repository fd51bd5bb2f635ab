using ItaSite.Generator.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;

namespace ItaSite.BrowserTests;

/// <summary>
/// Builds the example site once into a temporary folder, serves it on 127.0.0.1 under the sub-path <c>/ita/</c> (as the
/// example's base URL says) and starts Debian's Chromium through Playwright. Without Chromium the tests skip, except under
/// CI=true, where a missing browser is a failure.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string SubPath = "/ita";
    private WebApplication? _app;

    public string OutputDir { get; } = Path.Combine(Path.GetTempPath(), "itasite-browser-" + Guid.NewGuid().ToString("N"));

    public string BaseUrl { get; private set; } = string.Empty;

    public IPlaywright? Playwright { get; private set; }

    public IBrowser? Browser { get; private set; }

    public string? SkipReason { get; private set; }

    public static string ChromiumPath => Environment.GetEnvironmentVariable("ITASITE_CHROMIUM") ?? "/usr/bin/chromium";

    public static string ArtifactsDir => Path.Combine(RepoRoot, "artifacts", "screenshots");

    /// <summary>The frozen copy of the example agency the unit tests use too (tests never read the user's content/).</summary>
    public static string ExampleContent => Path.Combine(RepoRoot, "tests", "Fixtures", "Example", "content");

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ItaSite.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("ItaSite.sln not found");
        }
    }

    public async ValueTask InitializeAsync()
    {
        var result = await TestBuilds.BuildAsync(TestBuilds.Writing(ExampleContent, OutputDir));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("example site failed to build:\n" + string.Join("\n", result.Diagnostics.Sorted()));
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        var files = new PhysicalFileProvider(OutputDir);
        _app.UsePathBase(SubPath);
        _app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        _app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true });
        _app.Run(async context =>
        {
            // Like a real host configured with the generated 404 page: any unknown path under the sub-path gets it.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(Path.Combine(OutputDir, "404.html"));
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address.TrimEnd('/') + SubPath + "/";

        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"Chromium not found at {ChromiumPath} (apt-get install chromium); browser tests skipped";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("CI=true but " + SkipReason);
            }

            return;
        }

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh page; the test is skipped (or failed under CI) when there is no browser.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        if (Browser is null)
        {
            Assert.Skip(SkipReason ?? "no browser");
        }

        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "th-TH" });
        return await context.NewPageAsync();
    }

    public async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ArtifactsDir);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactsDir, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        Playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(OutputDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
