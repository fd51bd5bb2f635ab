using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ItaSite.Generator.Pipeline;

namespace ItaSite.BrowserTests;

/// <summary>
/// Builds the example site into <c>www/ita/</c> of a temporary folder and serves it with a real nginx (Debian's package) that
/// runs the recipe <c>deploy/nginx/itasite.conf</c> unchanged but for its listen address and root: unprivileged, on a free
/// port of 127.0.0.1, with its own prefix, pid, log and temp folders. Without nginx the tests skip, except under CI=true.
/// </summary>
public sealed class NginxFixture : IAsyncLifetime
{
    private Process? _nginx;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "itasite-nginx-" + Guid.NewGuid().ToString("N"));

    public string OutputDir => Path.Combine(Root, "www", "ita");

    /// <summary>http://127.0.0.1:PORT/ita/</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public string? SkipReason { get; private set; }

    public string ErrorLog => Path.Combine(Root, "nginx", "error.log");

    public static string NginxPath => Environment.GetEnvironmentVariable("ITASITE_NGINX") ?? "/usr/sbin/nginx";

    public static string RecipeDir => Path.Combine(BrowserFixture.RepoRoot, "deploy", "nginx");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(NginxPath))
        {
            SkipReason = $"nginx not found at {NginxPath} (apt-get install nginx); nginx-served tests skipped";
            if (Prerequisite.IsCi)
            {
                throw new InvalidOperationException("CI=true but " + SkipReason);
            }

            return;
        }

        var result = await TestBuilds.BuildAsync(TestBuilds.Writing(BrowserFixture.ExampleContent, OutputDir));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("example site failed to build:\n" + string.Join("\n", result.Diagnostics.Sorted()));
        }

        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            WriteConfig(port);
            await RunAsync("-t");
            _nginx = Process.Start(Start(["-g", "daemon off;"]))!;
            if (await ListeningAsync(port))
            {
                BaseUrl = $"http://127.0.0.1:{port}/ita/";
                return;
            }

            Stop();
            if (attempt == 3)
            {
                throw new InvalidOperationException($"nginx did not start on 127.0.0.1:{port}:\n{File.ReadAllText(ErrorLog)}");
            }
        }
    }

    /// <summary>The recipe with only its listen address and document root replaced, inside a minimal nginx.conf.</summary>
    private void WriteConfig(int port)
    {
        var prefix = Path.Combine(Root, "nginx");
        var conf = Path.Combine(prefix, "conf");
        Directory.CreateDirectory(Path.Combine(conf, "snippets"));
        Directory.CreateDirectory(Path.Combine(prefix, "temp"));
        File.Copy(Path.Combine(RecipeDir, "itasite-headers.conf"), Path.Combine(conf, "snippets", "itasite-headers.conf"), overwrite: true);
        var recipe = File.ReadAllText(Path.Combine(RecipeDir, "itasite.conf"));
        var served = Replace(Replace(recipe, "listen 80;", $"listen 127.0.0.1:{port};"), "root /var/www/html;", $"root {Path.Combine(Root, "www")};");
        File.WriteAllText(Path.Combine(conf, "itasite.conf"), served);
        var temp = Path.Combine(prefix, "temp");
        File.WriteAllText(Path.Combine(conf, "nginx.conf"), $$"""
            worker_processes 1;
            pid {{Path.Combine(prefix, "nginx.pid")}};
            error_log {{ErrorLog}} warn;
            events { worker_connections 64; }
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log off;
                client_body_temp_path {{temp}}/body;
                proxy_temp_path {{temp}}/proxy;
                fastcgi_temp_path {{temp}}/fastcgi;
                uwsgi_temp_path {{temp}}/uwsgi;
                scgi_temp_path {{temp}}/scgi;
                include itasite.conf;
            }
            """);
    }

    private static string Replace(string text, string from, string to) =>
        text.Contains(from, StringComparison.Ordinal) ? text.Replace(from, to, StringComparison.Ordinal) : throw new InvalidOperationException($"the nginx recipe no longer contains '{from}'");

    private ProcessStartInfo Start(IEnumerable<string> extra)
    {
        var info = new ProcessStartInfo(NginxPath) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-p", Path.Combine(Root, "nginx") + "/", "-c", "conf/nginx.conf", "-e", ErrorLog }.Concat(extra))
        {
            info.ArgumentList.Add(arg);
        }

        return info;
    }

    private async Task RunAsync(params string[] args)
    {
        using var process = Process.Start(Start(args))!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"nginx {string.Join(' ', args)} failed ({process.ExitCode}):\n{stderr}");
        }
    }

    private async Task<bool> ListeningAsync(int port)
    {
        for (var i = 0; i < 100 && _nginx is { HasExited: false }; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return true;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        return false;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Skips (or fails under CI=true) when there is no nginx.</summary>
    public void RequireNginx()
    {
        if (SkipReason is not null)
        {
            Prerequisite.Missing(SkipReason);
        }
    }

    private void Stop()
    {
        if (_nginx is { HasExited: false })
        {
            _nginx.Kill(entireProcessTree: true);
            _nginx.WaitForExit(5000);
        }

        _nginx?.Dispose();
        _nginx = null;
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }

        return ValueTask.CompletedTask;
    }
}
