using System.Net;
using System.Text.RegularExpressions;
using ItaSite.Cli;
using ItaSite.Cli.Serve;
using ItaSite.Generator.Pipeline;

namespace ItaSite.Tests.Speed;

public class ServeTests
{
    [Fact]
    public async Task Editing_a_file_changes_the_served_page_and_tells_open_tabs_to_reload()
    {
        using var site = SpeedSites.Create(5);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var stdout = new SynchronizedWriter();
        var session = new BuildSession(BuildSessionTests.Options(site));
        var serving = Task.Run(() => ServeCommand.RunAsync(session, site.ContentDir, Path.Combine(site.Root, "no-theme"), 0, stdout, TextWriter.Null, stop.Token), TestContext.Current.CancellationToken);
        var address = await WaitFor(() => Regex.Match(stdout.Text, @"at (http://127\.0\.0\.1:\d+/)") is { Success: true } m ? new Uri(m.Groups[1].Value) : null);
        using var http = new HttpClient { BaseAddress = address };

        var before = await http.GetStringAsync("news/n002/", TestContext.Current.CancellationToken);
        Assert.Contains("ข่าวประชาสัมพันธ์ฉบับที่ 2", before);
        Assert.Contains($"<script src=\"{PreviewServer.ReloadScriptPath}\"></script>", before);
        Assert.Contains("EventSource", await http.GetStringAsync(PreviewServer.ReloadScriptPath, TestContext.Current.CancellationToken));

        using var events = new StreamReader(await http.GetStreamAsync(PreviewServer.EventsPath, stop.Token));
        Assert.Equal(": connected", await events.ReadLineAsync(stop.Token));

        site.Write("pages/news/n002.md", "---\ntitle: ข่าวที่แก้ไขแล้ว\n---\nเนื้อหาแก้ไข\n");
        Assert.Equal("event: reload", await ReadEventAsync(events, stop.Token));
        var after = await http.GetStringAsync("news/n002/", TestContext.Current.CancellationToken);
        Assert.Contains("ข่าวที่แก้ไขแล้ว", after);
        Assert.Contains("เนื้อหาแก้ไข", after);

        site.Write("pages/news/n002.md", "---\ntitle: ข่าว\nstatus: [ไม่ปิด\n---\nข่าว\n");
        Assert.Equal("event: reload", await ReadEventAsync(events, stop.Token));
        var error = await http.GetAsync("news/n003/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        var errorHtml = await error.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("content/pages/news/n002.md:4:1: error ITA1001", errorHtml);
        Assert.Contains("ITA1001", errorHtml);
        Assert.Contains(PreviewServer.ReloadScriptPath, errorHtml);
        Assert.Contains("failed", stdout.Text);

        await stop.CancelAsync();
        await serving;
    }

    [Fact]
    public async Task Build_output_never_contains_the_reload_script()
    {
        using var site = SpeedSites.Create(2);
        var result = await site.BuildAsync();
        Assert.True(result.Written);
        Assert.All(site.OutputHtmlFiles(), f => Assert.DoesNotContain("__itasite", site.ReadOutput(f)));
    }

    private static async Task<string?> ReadEventAsync(StreamReader events, CancellationToken token)
    {
        while (await events.ReadLineAsync(token) is { } line)
        {
            if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                return line;
            }
        }

        return null;
    }

    private static async Task<T> WaitFor<T>(Func<T?> probe)
        where T : class
    {
        for (var i = 0; i < 600; i++)
        {
            if (probe() is { } value)
            {
                return value;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("serve did not start");
    }

    private sealed class SynchronizedWriter : StringWriter
    {
        private readonly Lock _gate = new();

        public string Text
        {
            get
            {
                lock (_gate)
                {
                    return ToString();
                }
            }
        }

        public override void Write(char value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override void Write(string? value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override Task WriteLineAsync(string? value)
        {
            lock (_gate)
            {
                base.WriteLine(value);
            }

            return Task.CompletedTask;
        }
    }
}
