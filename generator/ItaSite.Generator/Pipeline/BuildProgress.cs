
namespace ItaSite.Generator.Pipeline;

/// <summary>
/// Receives the build's progress: stages starting and finishing, and work items done inside the long stages (parse, markdown,
/// theme). The base class ignores everything. Implementations must be thread-safe: <see cref="Advance"/> is called from workers.
/// </summary>
public class BuildProgress
{
    public virtual void StageStarted(string stage, int total)
    {
    }

    public virtual void Advance(string stage, int count = 1)
    {
    }

    public virtual void StageFinished(StageTiming timing)
    {
    }
}
