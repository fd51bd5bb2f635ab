namespace ItaSite.Cli.Serve;

/// <summary>
/// Paths changed since the last batch (full paths, sorted). <see cref="Overflowed"/> means the watcher lost events (its buffer
/// overflowed or it failed), so the list is incomplete and the next build must list every file again.
/// </summary>
public sealed record ChangeBatch(IReadOnlyList<string> Paths, bool Overflowed)
{
    /// <summary>The paths to hand to the build session, or null when they cannot be trusted (full rescan).</summary>
    public IReadOnlyCollection<string>? Known => Overflowed ? null : Paths;
}
