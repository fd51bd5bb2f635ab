using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Output;

/// <summary>
/// Stage 6 (write): writes the whole site into a staging folder beside the output folder, then swaps it in with two renames.
/// A failed or killed build leaves the previous output in place (a swap interrupted between its two renames is repaired by
/// the next build). Nothing outside the output folder and its own staging folders is ever deleted.
/// </summary>
public sealed class OutputWriter(DiagnosticBag diagnostics, TimeSpan delayPerFile = default)
{
    public bool Write(IReadOnlyList<OutputFile> files, string outputDir, string displayOutput)
    {
        var output = OutputGuard.Normalize(outputDir);
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        Directory.CreateDirectory(parent);
        RecoverInterruptedSwap(parent, name, output);

        var staging = Path.Combine(parent, $".{name}.staging-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, OutputGuard.MarkerFile), "Built by ItaSite. This folder is replaced by every build.\n");
            var targets = new List<(OutputFile File, string Target)>(files.Count);
            foreach (var file in files)
            {
                var target = Path.GetFullPath(Path.Combine(staging, file.RelativePath));
                if (!OutputGuard.IsInside(target, staging))
                {
                    diagnostics.Error(DiagnosticCodes.WriteFailed, new SourceSpan(file.RelativePath), "output path leaves the output folder; not written");
                    continue;
                }

                targets.Add((file, target));
            }

            // Folders first (one thread), then the files on every core: each file has its own path, so the order of the writes
            // does not change the result.
            foreach (var folder in targets.Select(t => Path.GetDirectoryName(t.Target)!).Distinct(StringComparer.Ordinal))
            {
                Directory.CreateDirectory(folder);
            }

            Exception? failed = null;
            Parallel.ForEach(targets, (target, loop) =>
            {
                if (delayPerFile > TimeSpan.Zero)
                {
                    Thread.Sleep(delayPerFile);
                }

                try
                {
                    if (target.File.CopyFrom is not null)
                    {
                        File.Copy(target.File.CopyFrom, target.Target, overwrite: true);
                    }
                    else
                    {
                        File.WriteAllBytes(target.Target, target.File.Content ?? []);
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    Interlocked.CompareExchange(ref failed, ex, null);
                    loop.Stop();
                }
            });
            if (failed is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed);
            }

            if (diagnostics.HasErrors)
            {
                DeleteQuietly(staging);
                return false;
            }

            Swap(staging, output, parent, name);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.WriteFailed, new SourceSpan(displayOutput), $"could not write the output: {ex.Message}; the previous output is unchanged");
            DeleteQuietly(staging);
            return false;
        }
    }

    private static void Swap(string staging, string output, string parent, string name)
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

        DeleteQuietly(old);
    }

    /// <summary>Puts back an output folder moved aside by a build that was killed mid-swap, and removes stale staging folders.</summary>
    private static void RecoverInterruptedSwap(string parent, string name, string output)
    {
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.*"))
        {
            var isOurs = File.Exists(Path.Combine(dir, OutputGuard.MarkerFile));
            if (!isOurs)
            {
                continue;
            }

            if (Path.GetFileName(dir).StartsWith($".{name}.old-", StringComparison.Ordinal) && !Directory.Exists(output))
            {
                Directory.Move(dir, output);
            }
            else
            {
                DeleteQuietly(dir);
            }
        }
    }

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
            // A leftover staging folder is harmless and is removed by the next build.
        }
    }
}
