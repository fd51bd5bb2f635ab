using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Output;

/// <summary>
/// Stage (write): brings a staging folder beside the output folder to exactly the new site, then swaps it in with renames.
/// The staging folder is the previous build's output kept aside (<c>.NAME.spare</c>, marked as ItaSite's), so a rebuild
/// rewrites only the files whose bytes changed and deletes only what is gone (<see cref="FolderSync"/>); creating thousands of
/// files and folders afresh is the slowest part of writing a large site. A failed or killed build leaves the previous output in
/// place (a swap interrupted between its renames is repaired by the next build). Nothing outside the output folder and its
/// own marked siblings is ever touched.
/// </summary>
public sealed class OutputWriter(DiagnosticBag diagnostics, TimeSpan delayPerFile = default)
{
    public static string SpareFolder(string output) => Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.spare");

    public bool Write(IReadOnlyList<OutputFile> files, string outputDir, string displayOutput)
    {
        var output = OutputGuard.Normalize(outputDir);
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        var spare = SpareFolder(output);
        Directory.CreateDirectory(parent);
        RecoverInterruptedSwap(parent, name, output, spare);

        var staging = Path.Combine(parent, $".{name}.staging-{Guid.NewGuid():N}");
        try
        {
            if (IsOurs(spare))
            {
                Directory.Move(spare, staging);
            }
            else
            {
                Directory.CreateDirectory(staging);
            }

            var marker = Path.Combine(staging, OutputGuard.MarkerFile);
            File.WriteAllText(marker, "Built by ItaSite. This folder is replaced by every build.\n");
            var targets = new List<(OutputFile File, string Target)>(files.Count);
            foreach (var file in files)
            {
                var target = Path.GetFullPath(Path.Combine(staging, file.RelativePath));
                if (!OutputGuard.IsInside(target, staging) || target == marker)
                {
                    diagnostics.Error(DiagnosticCodes.WriteFailed, new SourceSpan(file.RelativePath), "output path leaves the output folder; not written");
                    continue;
                }

                targets.Add((file, target));
            }

            if (diagnostics.HasErrors)
            {
                SetAside(staging, spare);
                return false;
            }

            // Each file has its own path, so the order of the writes (on every core) does not change the result.
            new FolderSync(staging, delayPerFile).Apply(targets, new HashSet<string>(StringComparer.Ordinal) { marker });
            Swap(staging, output, parent, name, spare);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.WriteFailed, new SourceSpan(displayOutput), $"could not write the output: {ex.Message}; the previous output is unchanged");
            DeleteQuietly(staging);
            return false;
        }
    }

    private static void Swap(string staging, string output, string parent, string name, string spare)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }

        var old = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        Directory.Move(output, old);
        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            Directory.Move(old, output);
            throw;
        }

        SetAside(old, spare);
    }

    /// <summary>
    /// Puts back an output folder moved aside by a build that was killed mid-swap; any other marked sibling (an old output, a
    /// staging folder however complete) becomes the spare, or is removed when there already is one.
    /// </summary>
    private static void RecoverInterruptedSwap(string parent, string name, string output, string spare)
    {
        var ours = Directory.EnumerateDirectories(parent, $".{name}.*").Where(d => d != spare && IsOurs(d)).Order(StringComparer.Ordinal).ToList();
        if (!Directory.Exists(output) && ours.FirstOrDefault(d => Path.GetFileName(d).StartsWith($".{name}.old-", StringComparison.Ordinal)) is { } aside)
        {
            Directory.Move(aside, output);
            ours.Remove(aside);
        }

        foreach (var dir in ours)
        {
            SetAside(dir, spare);
        }
    }

    /// <summary>Keeps <paramref name="dir"/> as the spare tree for the next build, or deletes it when a spare already exists.</summary>
    private static void SetAside(string dir, string spare)
    {
        try
        {
            if (!Directory.Exists(spare))
            {
                Directory.Move(dir, spare);
                return;
            }
        }
        catch (IOException)
        {
            // Fall through: a folder that cannot be kept is removed.
        }

        DeleteQuietly(dir);
    }

    private static bool IsOurs(string dir) => File.Exists(Path.Combine(dir, OutputGuard.MarkerFile));

    private static void DeleteQuietly(string dir)
    {
        try
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover staging folder is harmless and is reused or removed by the next build.
        }
    }
}
