using System.CommandLine;
using System.Globalization;
using ItaSite.Cli.Serve;
using ItaSite.Generator.Pipeline;
using ItaSite.Generator.Theming;
using ItaSite.Themes.Default;

namespace ItaSite.Cli;

/// <summary>
/// <c>itasite serve</c>: builds the site in memory, serves it on 127.0.0.1, rebuilds what an edit affects and reloads open
/// tabs. Never touches the output folder. Theme CSS/JS edited on disk (<c>--theme-dir</c>) is picked up too; layout (.razor)
/// and built-in framework changes need <c>dotnet build</c> and a restart, which it says.
/// </summary>
public static class ServeCommand
{
    public static IReadOnlyList<string> Examples =>
    [
        "itasite serve                              preview content/ at http://127.0.0.1:8080/",
        "itasite serve --port 9000                  another port",
    ];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var content = CommonOptions.Content();
        var port = new Option<int>("--port", "-p") { Description = "port on 127.0.0.1 (default 8080; 0 picks a free one)", DefaultValueFactory = _ => 8080 };
        var themeDir = new Option<string>("--theme-dir") { Description = "theme folder to watch for CSS/JS edits (default: themes/default when present)", DefaultValueFactory = _ => Path.Combine("themes", "default") };
        var command = new Command("serve", "build and preview the site with live reload (แสดงตัวอย่างเว็บไซต์และโหลดใหม่เมื่อแก้ไข)") { content, port, themeDir };
        command.SetAction(async (parse, token) =>
        {
            var contentDir = parse.GetValue(content)!;
            var themeFolder = parse.GetValue(themeDir)!;
            var session = new BuildSession(new BuildOptions { ContentDir = contentDir, Theme = ThemeFrom(themeFolder), IncludeDraftYears = true });
            await RunAsync(session, contentDir, themeFolder, parse.GetValue(port), stdout, stderr, token);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Builds, starts the server and rebuilds on every change until cancelled (Ctrl+C).</summary>
    public static async Task RunAsync(BuildSession session, string contentDir, string themeFolder, int port, TextWriter stdout, TextWriter stderr, CancellationToken token)
    {
        await ReportAsync(await session.BuildAsync(token), stdout, stderr, "built");
        await using var server = new PreviewServer(session);
        var address = await server.StartAsync(port, token);
        await stdout.WriteLineAsync($"serving {contentDir} at {address} (Ctrl+C to stop) (เปิดดูได้ที่ {address})");
        using var watcher = new ChangeWatcher([contentDir, Path.Combine(themeFolder, "assets"), Path.Combine(themeFolder, "Layouts"), Path.Combine(themeFolder, "Components")]);
        try
        {
            while (!token.IsCancellationRequested)
            {
                var changes = await NextAfterIdleAsync(watcher, token);
                if (changes.Paths.Any(c => c.EndsWith(".razor", StringComparison.Ordinal)))
                {
                    await stdout.WriteLineAsync("theme layout changed: run 'dotnet build' and restart serve to use it (แก้ไข layout แล้ว ต้องสร้างโปรแกรมใหม่)");
                }

                if (changes.Paths.Any(c => c.StartsWith(Path.GetFullPath(Path.Combine(themeFolder, "assets")), StringComparison.Ordinal)))
                {
                    session.UseTheme(ThemeFrom(themeFolder));
                }

                var cpu = Environment.CpuUsage.TotalTime;
                var rebuilt = await session.BuildAsync(changes.Known, token);
                var cpuMs = (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
                await ReportAsync(rebuilt, stdout, stderr, $"rebuilt after {changes.Paths.Count} change(s){(session.LastLoadPatched ? string.Empty : " (full scan)")}", $", cpu {cpuMs} ms");
                server.NotifyReload();
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            await stdout.WriteLineAsync("stopped (หยุดแล้ว)");
        }
    }

    /// <summary>How long serve waits after a rebuild, with no new change, before it collects the rebuild's garbage.</summary>
    public static readonly TimeSpan IdleCollection = TimeSpan.FromMilliseconds(300);

    /// <summary>
    /// The next batch of changes. A rebuild leaves some 20 MB of garbage at 10,000 pages (the last build's inputs and lists), so
    /// without this the next rebuild would start with a nearly full first generation and pause in it; collected once the
    /// server has been quiet for <see cref="IdleCollection"/> (the browsers have reloaded by then), the pause falls in time
    /// nobody waits on. Only the youngest generation: a few milliseconds, never a full collection.
    /// </summary>
    private static async Task<ChangeBatch> NextAfterIdleAsync(ChangeWatcher watcher, CancellationToken token)
    {
        var next = watcher.NextAsync(TimeSpan.FromMilliseconds(30), token);
        if (await Task.WhenAny(next, Task.Delay(IdleCollection, token)) != next)
        {
            GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        }

        return await next;
    }

    /// <summary>The default theme, with its CSS/JS replaced by the files in <c>&lt;folder&gt;/assets</c> when that folder exists.</summary>
    public static Theme ThemeFrom(string themeFolder)
    {
        var theme = DefaultTheme.Create();
        var assets = Path.Combine(themeFolder, "assets");
        if (!Directory.Exists(assets))
        {
            return theme;
        }

        var replaced = theme.Assets.Select(a =>
        {
            var onDisk = Path.Combine(assets, a.Name);
            try
            {
                return File.Exists(onDisk) ? a with { Content = File.ReadAllBytes(onDisk) } : a;
            }
            catch (IOException)
            {
                return a;
            }
        }).ToList();
        return theme with { Assets = replaced };
    }

    private static string Timings(BuildResult result) =>
        string.Join(", ", result.Timings.Select(t => $"{t.Name} {t.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)}"));

    private static async Task ReportAsync(SessionBuild build, TextWriter stdout, TextWriter stderr, string what, string cpu = "")
    {
        await DiagnosticPrinter.PrintAsync(build.Result, stderr);
        var ms = build.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        if (!build.Result.Succeeded)
        {
            await stdout.WriteLineAsync($"{what}: failed in {ms} ms: {DiagnosticPrinter.Counts(build.Result.Diagnostics)}; the browser shows the errors (สร้างไม่สำเร็จ)");
            return;
        }

        await stdout.WriteLineAsync($"{what} in {ms} ms{cpu}: {build.Result.PageCount} pages, {build.Changed.Count} changed; parsed {build.Parsed}, markdown {build.MarkdownRendered}, themed {build.PagesRendered}: {DiagnosticPrinter.Counts(build.Result.Diagnostics)} [{Timings(build.Result)}]");
    }
}
