using System.Diagnostics;
using System.Text;

namespace ItaSite.Generator.Search;

/// <summary>
/// Extracts the text of PDF attachments with Debian's <c>pdftotext</c> (poppler-utils), the only extractor on our machines.
/// Optional: <see cref="Find"/> returns null when the program is not installed, and the index is built without PDF text.
/// </summary>
public sealed class PdfTextExtractor
{
    private const int TimeoutSeconds = 30;
    private readonly string _executable;

    private PdfTextExtractor(string executable) => _executable = executable;

    public string Executable => _executable;

    /// <summary>The extractor at <paramref name="program"/> (a path, or a bare name looked up on PATH), or null if there is none.</summary>
    public static PdfTextExtractor? Find(string? program)
    {
        if (string.IsNullOrWhiteSpace(program))
        {
            return null;
        }

        if (program.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(program) ? new PdfTextExtractor(program) : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .Where(File.Exists)
            .Select(p => new PdfTextExtractor(p))
            .FirstOrDefault();
    }

    /// <summary>The text of the PDF, or null with the reason when pdftotext failed or timed out.</summary>
    public (string? Text, string? Error) Extract(string pdfPath)
    {
        var start = new ProcessStartInfo(_executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in (string[])["-q", "-enc", "UTF-8", "-nopgbrk", pdfPath, "-"])
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return (null, "could not start " + _executable);
            }

            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(TimeoutSeconds)))
            {
                process.Kill(entireProcessTree: true);
                return (null, "pdftotext took longer than " + TimeoutSeconds + " s");
            }

            Task.WaitAll(output, error);
            return process.ExitCode == 0
                ? (output.Result, null)
                : (null, $"pdftotext exit code {process.ExitCode}: {error.Result.Trim()}");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            return (null, e.Message);
        }
    }
}
