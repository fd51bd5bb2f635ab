using System.Diagnostics;
using System.Text.RegularExpressions;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Ship;

/// <summary>
/// The recipes of <c>deploy/</c> that no server here runs (Apache) agree with the pages and with the nginx recipe, which the
/// browser tests run for real; the upload script copies the output and nothing else.
/// </summary>
public class DeployRecipeTests
{
    private static string Deploy(string path) => File.ReadAllText(Path.Combine(RepoPaths.Root, "deploy", path));

    private static async Task<string> PageCspAsync()
    {
        using var site = TestSite.WithBasics();
        Assert.True((await site.BuildAsync()).Succeeded);
        return site.Html("index.html").QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;
    }

    [Fact]
    public async Task Apache_and_nginx_send_the_csp_of_the_pages_plus_frame_ancestors()
    {
        var expected = await PageCspAsync() + "; frame-ancestors 'self'";
        Assert.Equal(expected, Regex.Match(Deploy("apache/.htaccess"), "Header always set Content-Security-Policy \"([^\"]+)\"").Groups[1].Value);
        Assert.Equal(expected, Regex.Match(Deploy("nginx/itasite-headers.conf"), "add_header Content-Security-Policy \"([^\"]+)\" always;").Groups[1].Value);
    }

    [Fact]
    public void Apache_sends_the_same_security_headers_as_nginx()
    {
        var nginx = Regex.Matches(Deploy("nginx/itasite-headers.conf"), "^add_header ([A-Za-z-]+) \"([^\"]+)\" always;", RegexOptions.Multiline).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var apache = Regex.Matches(Deploy("apache/.htaccess"), "^\\s*Header always set ([A-Za-z-]+) \"([^\"]+)\"", RegexOptions.Multiline).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Contains("X-Content-Type-Options", nginx.Keys);
        Assert.Contains("Referrer-Policy", nginx.Keys);
        Assert.Equal(nginx.OrderBy(p => p.Key), apache.OrderBy(p => p.Key));
    }

    [Fact]
    public void Apache_serves_the_sites_404_and_the_search_index_as_gzip_bytes()
    {
        var htaccess = Deploy("apache/.htaccess");
        Assert.Matches("(?m)^ErrorDocument 404 /ita/404\\.html$", htaccess);
        Assert.Matches("(?m)^\\s*RemoveEncoding \\.gz$", htaccess);
        Assert.Matches("(?m)^\\s*AddType application/gzip \\.gz$", htaccess);
        Assert.Matches("(?m)^\\s*AddType text/csv \\.csv$", htaccess);
        Assert.Matches("(?m)^AddDefaultCharset utf-8$", htaccess);
        Assert.Matches("(?m)^\\s*RewriteRule .*\\\\\\.", htaccess);
    }

    private static async Task<(int Exit, string Out, string Err)> UploadAsync(string cwd, IDictionary<string, string>? env, params string[] args)
    {
        var info = new ProcessStartInfo("bash") { WorkingDirectory = cwd, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(RepoPaths.Root, "deploy", "shared-hosting", "upload.sh"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in env ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Rsync_upload_mirrors_the_output_without_the_spare_or_the_marker()
    {
        if (!File.Exists("/usr/bin/rsync"))
        {
            Assert.False(string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase), "CI=true but rsync is missing");
            return;
        }

        using var site = TestSite.WithBasics();
        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.True(Directory.Exists(Path.Combine(site.Root, ".output.spare")));
        var host = Path.Combine(site.Root, "host", "public_html", "ita");
        Directory.CreateDirectory(host);
        File.WriteAllText(Path.Combine(host, "stale.html"), "old");
        var (exit, _, err) = await UploadAsync(site.Root, null, host, "output");
        Assert.True(exit == 0, err);
        var uploaded = Directory.EnumerateFiles(host, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(host, f)).Order(StringComparer.Ordinal).ToList();
        var built = Directory.EnumerateFiles(site.OutputDir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.OutputDir, f)).Where(f => f != ".itasite-output").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(built, uploaded);
        Assert.DoesNotContain(uploaded, f => f.Contains(".output.spare", StringComparison.Ordinal) || f.Contains(".itasite-output", StringComparison.Ordinal));
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.OutputDir, "index.html")), File.ReadAllBytes(Path.Combine(host, "index.html")));
    }

    [Fact]
    public async Task Sftp_batch_puts_every_output_file_but_the_marker()
    {
        using var site = TestSite.WithBasics();
        Assert.True((await site.BuildAsync()).Succeeded);
        var (exit, output, err) = await UploadAsync(site.Root, new Dictionary<string, string> { ["ITASITE_UPLOAD"] = "sftp", ["ITASITE_DRY_RUN"] = "1" }, "user@host:public_html/ita");
        Assert.True(exit == 0, err);
        var puts = output.Split('\n').Where(l => l.StartsWith("put ", StringComparison.Ordinal)).Select(l => l[4..]).Order(StringComparer.Ordinal);
        var built = Directory.EnumerateFiles(site.OutputDir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.OutputDir, f)).Where(f => f != ".itasite-output").Order(StringComparer.Ordinal);
        Assert.Equal(built, puts);
        Assert.Contains("cd public_html/ita", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_refuses_a_folder_that_is_not_a_build_output()
    {
        using var site = TestSite.WithBasics();
        var (exit, _, err) = await UploadAsync(site.Root, null, Path.Combine(site.Root, "dest"), "content");
        Assert.Equal(1, exit);
        Assert.Contains("not an ItaSite output folder", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "dest")));
    }

    [Fact]
    public void Nginx_recipe_names_its_404_page_under_the_sub_path_and_hides_dot_files()
    {
        var conf = Deploy("nginx/itasite.conf");
        Assert.Contains("error_page 404 /ita/404.html;", conf, StringComparison.Ordinal);
        Assert.Contains("location ~ /\\. {", conf, StringComparison.Ordinal);
        Assert.Contains("default_type application/gzip;", conf, StringComparison.Ordinal);
    }
}
