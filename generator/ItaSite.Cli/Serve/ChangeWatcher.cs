using System.Threading.Channels;

namespace ItaSite.Cli.Serve;

/// <summary>
/// Watches folders recursively and reports batches of changed paths: events are collected until the folder has been quiet for
/// <c>quiet</c> (editors save in several steps), then delivered as one batch. Hidden files and editor swap files are ignored.
/// When the watcher loses events (buffer overflow) the batch says so, and serve lists every file again.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>();
    private volatile bool _overflowed;

    public ChangeWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += (_, e) => Post(e.FullPath);
            watcher.Created += (_, e) => Post(e.FullPath);
            watcher.Deleted += (_, e) => Post(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Post(e.OldFullPath);
                Post(e.FullPath);
            };
            watcher.Error += (_, _) =>
            {
                _overflowed = true;
                _events.Writer.TryWrite(folder);
            };
            watcher.InternalBufferSize = 64 * 1024;
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Waits for the next batch of changes.</summary>
    public async Task<ChangeBatch> NextAsync(TimeSpan quiet, CancellationToken cancellationToken)
    {
        var batch = new SortedSet<string>(StringComparer.Ordinal) { await _events.Reader.ReadAsync(cancellationToken) };
        while (true)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(quiet);
            try
            {
                batch.Add(await _events.Reader.ReadAsync(timeout.Token));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                var overflowed = _overflowed;
                _overflowed = false;
                return new ChangeBatch([.. batch], overflowed);
            }
        }
    }

    private void Post(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal))
        {
            return;
        }

        _events.Writer.TryWrite(path);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _events.Writer.TryComplete();
    }
}
