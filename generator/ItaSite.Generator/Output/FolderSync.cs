using System.Buffers;
using System.IO.Enumeration;

namespace ItaSite.Generator.Output;

/// <summary>
/// Makes a folder hold exactly a given set of files, touching only what differs: a file whose bytes are already there is left
/// alone (generated files are compared byte for byte; copies by size and modification time, which the copy takes from its
/// source), anything not in the set is deleted. Creating files and folders is what costs most on a real disk (10,000 new
/// page folders take longer than rendering them), so reusing an earlier tree makes a rebuild mostly reads.
/// Nothing is trusted about the folder's previous state: any tree, even one half-written by a killed build, ends up right.
/// </summary>
public sealed class FolderSync(string root, TimeSpan delayPerWrite = default)
{
    private static readonly EnumerationOptions Everything = new() { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };

    /// <param name="files">The files the folder must hold, by full path inside <see cref="FolderSync"/>'s root.</param>
    /// <param name="keep">Full paths of files that stay even though they are not in <paramref name="files"/> (e.g. a marker).</param>
    public void Apply(IReadOnlyList<(OutputFile File, string Target)> files, IReadOnlySet<string> keep)
    {
        var existing = Scan();
        foreach (var link in existing.Links)
        {
            File.Delete(link); // removes the link itself; nothing is ever written through one
        }

        var wanted = new HashSet<string>(files.Select(f => f.Target), StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, target) in files)
        {
            for (var dir = Path.GetDirectoryName(target); dir is not null && dir.Length > root.Length && folders.Add(dir); dir = Path.GetDirectoryName(dir))
            {
            }
        }

        foreach (var (path, _) in existing.Files)
        {
            if (!wanted.Contains(path) && !keep.Contains(path))
            {
                File.Delete(path);
            }
        }

        // Stale folders, outermost first (deleting one removes those inside it); a folder where a file must now be is stale too.
        foreach (var dir in existing.Folders.Where(d => !folders.Contains(d)).Order(StringComparer.Ordinal))
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }

        CreateFolders(folders.Where(d => !existing.Folders.Contains(d)));

        Exception? failed = null;
        Parallel.ForEach(files, (file, loop) =>
        {
            try
            {
                var length = existing.Files.GetValueOrDefault(file.Target, -1);
                if (IsUpToDate(file.File, file.Target, length))
                {
                    return;
                }

                if (delayPerWrite > TimeSpan.Zero)
                {
                    Thread.Sleep(delayPerWrite);
                }

                Write(file.File, file.Target, exists: length >= 0);
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
    }

    /// <summary>
    /// Writes one file; a file the scan did not find is created as new. Opening a new file with <see cref="FileMode.Create"/>
    /// makes .NET truncate it to zero after opening (it takes the file lock first), and on ext4 truncating to zero marks the
    /// file for writing out its data when it is closed (<c>auto_da_alloc</c>): every close became a synchronous block write,
    /// a fifth of a 10,000-page cold write stage. <see cref="FileMode.CreateNew"/> never truncates; <see cref="FileShare.None"/>
    /// takes an exclusive lock, which .NET does without first asking the file system's type (one call less per file).
    /// </summary>
    private static void Write(OutputFile file, string target, bool exists)
    {
        if (file.CopyFrom is not null)
        {
            File.Copy(file.CopyFrom, target, overwrite: exists);
            File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(file.CopyFrom));
        }
        else
        {
            // Not File.WriteAllBytes: it asks the file system to preallocate the length first, two more calls per file for
            // pages of a few kilobytes.
            using var handle = Open(target, exists);
            RandomAccess.Write(handle, file.Content ?? [], 0);
        }
    }

    // A file that appeared since the scan is overwritten as before.
    private static Microsoft.Win32.SafeHandles.SafeFileHandle Open(string target, bool exists)
    {
        if (!exists)
        {
            try
            {
                return File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            }
            catch (IOException) when (File.Exists(target))
            {
            }
        }

        return File.OpenHandle(target, FileMode.Create, FileAccess.Write, FileShare.Read);
    }

    /// <summary>
    /// Creates the missing folders a level at a time (parents before children), each level in parallel: on a fresh output
    /// folder that is one folder per page, as many as files.
    /// </summary>
    private static void CreateFolders(IEnumerable<string> missing)
    {
        foreach (var level in missing.GroupBy(d => d.Count(c => c == Path.DirectorySeparatorChar)).OrderBy(g => g.Key))
        {
            try
            {
                Parallel.ForEach(level, dir => Directory.CreateDirectory(dir));
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
            {
                // The writer reports an IOException as a diagnostic; one from a worker arrives wrapped.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
            }
        }
    }

    /// <summary>Whether <paramref name="target"/> (of <paramref name="length"/> bytes, or -1 when absent) already holds the file.</summary>
    private static bool IsUpToDate(OutputFile file, string target, long length)
    {
        if (length < 0)
        {
            return false;
        }

        if (file.CopyFrom is not null)
        {
            var source = new FileInfo(file.CopyFrom);
            return source.Length == length && source.LastWriteTimeUtc == File.GetLastWriteTimeUtc(target);
        }

        var content = file.Content ?? [];
        if (content.Length != length)
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, content.Length));
        try
        {
            using var stream = new FileStream(target, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var read = stream.ReadAtLeast(buffer.AsSpan(0, content.Length), content.Length, throwOnEndOfStream: false);
            return read == content.Length && stream.ReadByte() < 0 && buffer.AsSpan(0, read).SequenceEqual(content);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Every file (with its length), folder and symbolic link under the root; links are listed, never followed.</summary>
    private (Dictionary<string, long> Files, HashSet<string> Folders, List<string> Links) Scan()
    {
        var files = new Dictionary<string, long>(StringComparer.Ordinal);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<string>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            var entries = new FileSystemEnumerable<(string Path, bool IsFolder, bool IsLink, long Length)>(dir,
                (ref FileSystemEntry e) => (e.ToFullPath(), e.IsDirectory, (e.Attributes & FileAttributes.ReparsePoint) != 0, e.IsDirectory ? 0 : e.Length),
                Everything);
            foreach (var (path, isFolder, isLink, length) in entries)
            {
                if (isLink)
                {
                    links.Add(path);
                }
                else if (isFolder)
                {
                    folders.Add(path);
                    pending.Push(path);
                }
                else
                {
                    files[path] = length;
                }
            }
        }

        return (files, folders, links);
    }
}
