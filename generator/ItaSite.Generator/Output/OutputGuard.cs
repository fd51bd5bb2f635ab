using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Output;

/// <summary>
/// Refuses output folders that would put user files at risk: the file-system root, the home folder, a repository root, the
/// content folder or anything containing it or inside it, and an existing non-empty folder that ItaSite did not create.
/// </summary>
public static class OutputGuard
{
    public const string MarkerFile = ".itasite-output";

    public static bool IsSafe(string outputDir, string contentDir, string displayOutput, DiagnosticBag diagnostics)
    {
        var output = Normalize(outputDir);
        var content = Normalize(contentDir);
        var span = new SourceSpan(displayOutput);
        string? reason = null;
        if (output == Normalize(Path.GetPathRoot(output) ?? "/"))
        {
            reason = "it is the root of the file system";
        }
        else if (output == Normalize(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)))
        {
            reason = "it is your home folder";
        }
        else if (output == content)
        {
            reason = "it is the content folder";
        }
        else if (IsInside(output, content))
        {
            reason = "it lies inside the content folder";
        }
        else if (IsInside(content, output))
        {
            reason = "it contains the content folder";
        }
        else if (Directory.Exists(Path.Combine(output, ".git")) || File.Exists(Path.Combine(output, ".git"))
                 || (Directory.Exists(output) && Directory.EnumerateFiles(output, "*.sln").Any()))
        {
            reason = "it is a repository root";
        }
        else if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !File.Exists(Path.Combine(output, MarkerFile)))
        {
            reason = $"it already holds files that ItaSite did not write (no {MarkerFile} marker); empty it or choose another folder";
        }

        if (reason is null)
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.OutputRefused, span, $"refusing to use '{displayOutput}' as the output folder: {reason} (ปฏิเสธโฟลเดอร์ผลลัพธ์นี้เพื่อป้องกันไฟล์สูญหาย)");
        return false;
    }

    public static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    public static bool IsInside(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
