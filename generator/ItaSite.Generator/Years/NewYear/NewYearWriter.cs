using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Years.NewYear;

/// <summary>
/// Writes a <see cref="NewYearPlan"/> into the content folder without touching any existing file: everything is written into a
/// hidden staging folder first, then each new year folder is moved into place whole; on any failure nothing is left behind.
/// </summary>
public static class NewYearWriter
{
    public static bool Write(NewYearPlan plan, string contentDir, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(contentDir);
        var staging = Path.Combine(root, $".itasite-new-year-{Guid.NewGuid():N}");
        var moved = new List<string>();
        try
        {
            foreach (var file in plan.Files)
            {
                var full = Path.Combine(staging, file.ContentPath);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write);
                stream.Write(new System.Text.UTF8Encoding(false).GetBytes(file.Text));
            }

            foreach (var kind in new[] { "oit", "measures" })
            {
                var folder = YearFolders.Folder(kind, plan.Year);
                var source = Path.Combine(staging, folder);
                if (!Directory.Exists(source))
                {
                    continue;
                }

                var target = Path.Combine(root, folder);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                Directory.Move(source, target); // fails if the target appeared meanwhile: never merged into an existing folder
                moved.Add(target);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            foreach (var folder in moved)
            {
                Directory.Delete(folder, recursive: true);
            }

            diagnostics.Error(DiagnosticCodes.NewYearInvalid, new SourceSpan(contentDir), $"could not create ITA {plan.Year}: {ex.Message}; nothing was changed (สร้างปีใหม่ไม่สำเร็จ)");
            return false;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }
}
