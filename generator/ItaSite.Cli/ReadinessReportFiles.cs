using ItaSite.Generator.Checking;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Pipeline;

namespace ItaSite.Cli;

/// <summary>Writes the readiness reports of <c>check</c> into the report folder, which must lie outside the content folder.</summary>
public static class ReadinessReportFiles
{
    /// <summary>The paths written (empty when there is nothing to report), or null when the folder was refused or unwritable.</summary>
    public static async Task<IReadOnlyList<string>?> WriteAsync(BuildResult result, string contentDir, string reportDir, TextWriter stderr)
    {
        if (result.Check is not { } check)
        {
            return [];
        }

        var content = Path.GetFullPath(contentDir).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var target = Path.GetFullPath(reportDir).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (target.StartsWith(content, StringComparison.Ordinal))
        {
            await stderr.WriteLineAsync($"{reportDir}: error {DiagnosticCodes.OutputRefused}: the report folder may not be inside the content folder, or it would be published (เลือกโฟลเดอร์รายงานนอกโฟลเดอร์ content)");
            return null;
        }

        var written = new List<string>();
        try
        {
            Directory.CreateDirectory(reportDir);
            foreach (var year in check.Years)
            {
                foreach (var file in new[] { ReadinessHtmlWriter.Write(check, year), ReadinessJsonWriter.Write(check, year) })
                {
                    var path = Path.Combine(reportDir, file.RelativePath);
                    await File.WriteAllBytesAsync(path, file.Content!);
                    written.Add(path);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"{reportDir}: error {DiagnosticCodes.WriteFailed}: the readiness report could not be written ({ex.Message}) (เขียนรายงานไม่สำเร็จ)");
            return null;
        }

        return written;
    }
}
