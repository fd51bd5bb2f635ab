using System.Net;
using System.Text;
using System.Threading.Channels;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Pipeline;
using ItaSite.Generator.Publishing;
using ItaSite.Generator.Sanitizing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace ItaSite.Cli.Serve;

/// <summary>
/// Serves a <see cref="BuildSession"/>'s in-memory output on 127.0.0.1 with Kestrel. HTML pages get one extra script tag,
/// <c>/__itasite/reload.js</c> (same origin, so the pages' CSP <c>script-src 'self'</c> allows it), which listens on
/// <c>/__itasite/events</c> (server-sent events) and reloads the tab after every rebuild. While the last build has errors,
/// every page shows them instead. Nothing of this is in <c>build</c> output.
/// </summary>
public sealed class PreviewServer(BuildSession session) : IAsyncDisposable
{
    public const string ReloadScriptPath = "/__itasite/reload.js";
    public const string EventsPath = "/__itasite/events";
    private const string ScriptTag = "<script src=\"" + ReloadScriptPath + "\"></script>";

    private const string ReloadScript = """
        (function () {
          var source = new EventSource("/__itasite/events");
          source.addEventListener("reload", function () { location.reload(); });
        })();
        """;

    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _listeners = [];
    private readonly FileExtensionContentTypeProvider _types = new();
    private WebApplication? _app;

    /// <summary>The address the server listens on, once started.</summary>
    public Uri? Address { get; private set; }

    public async Task<Uri> StartAsync(int port, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync(cancellationToken);
        var address = _app.Urls.First();
        Address = new Uri(address.EndsWith('/') ? address : address + "/");
        return Address;
    }

    /// <summary>Tells every open tab to reload.</summary>
    public void NotifyReload()
    {
        lock (_gate)
        {
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite("reload");
            }
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        if (path == ReloadScriptPath)
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            context.Response.Headers.CacheControl = "no-store";
            await context.Response.WriteAsync(ReloadScript, context.RequestAborted);
            return;
        }

        if (path == EventsPath)
        {
            await StreamEventsAsync(context);
            return;
        }

        var last = session.Last;
        var relative = RelativePathOf(path);
        if (last is not null && !last.Succeeded && (relative.EndsWith(".html", StringComparison.Ordinal) || session.Find(relative) is null))
        {
            await WriteHtmlAsync(context, 500, ErrorPage(last.Diagnostics));
            return;
        }

        var file = session.Find(relative);
        if (file is null && !path.EndsWith('/') && session.Find(relative.TrimEnd('/') + "/index.html") is not null)
        {
            context.Response.Redirect(path + "/");
            return;
        }

        if (file is null)
        {
            var notFound = session.Find("404.html");
            await WriteHtmlAsync(context, 404, notFound?.Content is { } bytes ? Encoding.UTF8.GetString(bytes) : "<!DOCTYPE html><title>404</title><p>ไม่พบหน้าที่ต้องการ</p>");
            return;
        }

        context.Response.Headers.CacheControl = "no-store";
        foreach (var header in ServingHeaders.For(relative, session.Last?.Site?.Config.Html ?? HtmlPolicy.Standard))
        {
            context.Response.Headers[header.Name] = header.Value; // as the host should send them (docs/security.md)
        }

        if (relative.EndsWith(".html", StringComparison.Ordinal) && file.Content is { } html)
        {
            await WriteHtmlAsync(context, 200, Encoding.UTF8.GetString(html));
            return;
        }

        context.Response.ContentType = _types.TryGetContentType(relative, out var type) ? type : "application/octet-stream";
        if (file.CopyFrom is not null)
        {
            await context.Response.SendFileAsync(file.CopyFrom, context.RequestAborted);
        }
        else
        {
            await context.Response.Body.WriteAsync(file.Content ?? [], context.RequestAborted);
        }
    }

    /// <summary>Maps a URL path to the output file that answers it: <c>/</c> → <c>index.html</c>, <c>/qa/</c> → <c>qa/index.html</c>.</summary>
    public static string RelativePathOf(string urlPath)
    {
        var trimmed = urlPath.TrimStart('/');
        return trimmed.Length == 0 || trimmed.EndsWith('/') ? trimmed + "index.html" : trimmed;
    }

    /// <summary>Adds the reload script before <c>&lt;/body&gt;</c> (or at the end).</summary>
    public static string InjectReloadScript(string html)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + ScriptTag : html.Insert(end, ScriptTag);
    }

    private static async Task WriteHtmlAsync(HttpContext context, int status, string html)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(InjectReloadScript(html), context.RequestAborted);
    }

    private static string ErrorPage(DiagnosticBag diagnostics)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"th\"><head><meta charset=\"utf-8\"><title>สร้างเว็บไซต์ไม่สำเร็จ (build failed)</title>")
          .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'; style-src 'unsafe-inline'\">")
          .Append("<style>body{font-family:sans-serif;margin:2rem;line-height:1.6}pre{white-space:pre-wrap;background:#fff4f4;border-left:4px solid #b00020;padding:1rem}</style>")
          .Append("</head><body><h1>สร้างเว็บไซต์ไม่สำเร็จ</h1><p>แก้ไขไฟล์ตามรายการด้านล่างแล้วบันทึก หน้านี้จะโหลดใหม่เอง (fix the files below and save; this page reloads by itself)</p><pre id=\"itasite-diagnostics\">");
        foreach (var diagnostic in diagnostics.Sorted().Where(d => d.Severity == Severity.Error))
        {
            sb.Append(WebUtility.HtmlEncode(diagnostic.ToString())).Append('\n');
        }

        return sb.Append("</pre></body></html>").ToString();
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var channel = Channel.CreateUnbounded<string>();
        lock (_gate)
        {
            _listeners.Add(channel);
        }

        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var name in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync($"event: {name}\ndata: {name}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab was closed or reloaded.
        }
        finally
        {
            lock (_gate)
            {
                _listeners.Remove(channel);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            foreach (var listener in _listeners)
            {
                listener.Writer.TryComplete();
            }
        }

        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
