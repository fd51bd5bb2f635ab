
namespace ItaSite.Generator.Pipeline;

/// <summary>
/// Receives the build's progress: stages starting and finishing, and work items done inside the long stages (parse, markdown,
/// theme). The base class ignores everything. Implementations must be thread-safe: <see cref="Advance"/> is called from workers.
/// </summary>
public class BuildProgress
{
    public virtual void StageStarted(Stage stage, int total)
    {
    }

    public virtual void Advance(Stage stage, int count = 1)
    {
    }

    public virtual void StageFinished(StageTiming timing)
    {
    }
}
