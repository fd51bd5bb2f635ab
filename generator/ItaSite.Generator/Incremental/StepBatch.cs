using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Incremental;

/// <summary>One unit of a step run as a list: its id, its inputs, what it made and what it reported (null: nothing).</summary>
/// <remarks>A struct, so a list of them is one array: comparing a build's list with the last one reads it in order.</remarks>
internal readonly record struct StepUnit<TIn, TOut>(object Id, TIn Inputs, TOut Output, IReadOnlyList<Diagnostic>? Reported);

/// <summary>
/// One step's units of the last build that ran it as a list (<see cref="StepReuse.RunAll{TIn, TOut}"/>), by position. The next
/// build looks at the same position first, since an edit rarely moves a page in the list, and by id only where the ids differ
/// (a page added or removed shifts those after it).
/// </summary>
internal abstract class StepBatch;

internal sealed class StepBatch<TIn, TOut>(StepUnit<TIn, TOut>[] units) : StepBatch
{
    private Dictionary<object, int>? _byId;

    public StepUnit<TIn, TOut>[] Units { get; } = units;

    /// <summary>Where the unit named <paramref name="id"/> was, looking at <paramref name="position"/> first; -1 when it was not there.</summary>
    public int IndexOf(int position, object id)
    {
        if (position < Units.Length && (ReferenceEquals(Units[position].Id, id) || Units[position].Id.Equals(id)))
        {
            return position;
        }

        // Built once, on the first unit that moved, then only read (by the parallel comparison).
        var byId = LazyInitializer.EnsureInitialized(ref _byId, () =>
        {
            var map = new Dictionary<object, int>(Units.Length);
            for (var i = 0; i < Units.Length; i++)
            {
                map.TryAdd(Units[i].Id, i);
            }

            return map;
        });
        return byId.TryGetValue(id, out var index) ? index : -1;
    }
}
