using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Incremental;
using ItaSite.Generator.Reuse;

namespace ItaSite.Tests.Speed;

/// <summary>
/// A step run over a whole list (<see cref="StepReuse.RunAll{TIn, TOut}"/>): the next build's list is compared with the last one
/// position by position, by id where units moved, and only units whose inputs differ run again, with every unit's diagnostics
/// replayed in list order whether it ran or not.
/// </summary>
public class StepListTests
{
    private sealed record Unit(string Path, string Text);

    private static (string[] Outputs, int Runs, List<string> Reported) Build(StepReuse reuse, IReadOnlyList<Unit> units)
    {
        reuse.NextBuild();
        var bag = new DiagnosticBag();
        var outputs = reuse.RunAll(ReusableStep.Parse, units, u => u.Path, (i, own) =>
        {
            if (units[i].Text.StartsWith('!'))
            {
                own.Warning("ITA9999", new SourceSpan(units[i].Path, 1, 1), units[i].Text);
            }

            return units[i].Text.ToUpperInvariant() + "@" + units[i].Path;
        }, bag, 2);
        return (outputs, reuse.Runs(ReusableStep.Parse), [.. bag.Items.Select(d => d.Span.File)]);
    }

    private static List<Unit> Units(int count) => [.. Enumerable.Range(0, count).Select(i => new Unit($"p{i:000}.md", i % 7 == 3 ? $"!warn {i}" : $"text {i}"))];

    [Fact]
    public void An_unchanged_list_runs_nothing_and_an_edited_unit_runs_alone()
    {
        var reuse = new StepReuse();
        var units = Units(1500);
        var first = Build(reuse, units);
        Assert.Equal(1500, first.Runs);

        // New objects, equal by value: compared field by field, nothing runs.
        var again = Build(reuse, [.. units.Select(u => u with { })]);
        Assert.Equal(0, again.Runs);
        Assert.Equal(first.Outputs, again.Outputs);
        Assert.Equal(first.Reported, again.Reported);

        units[700] = units[700] with { Text = "edited" };
        var edited = Build(reuse, units);
        Assert.Equal(1, edited.Runs);
        Assert.Equal("EDITED@p700.md", edited.Outputs[700]);
        Assert.Equal(first.Outputs.Where((_, i) => i != 700), edited.Outputs.Where((_, i) => i != 700));
    }

    [Fact]
    public void Units_that_moved_are_found_by_id_and_a_new_one_runs()
    {
        var reuse = new StepReuse();
        var units = Units(600);
        Build(reuse, units);

        // A page added at the front shifts every other one by a position; one removed from the middle shifts the rest back.
        var shifted = units.ToList();
        shifted.Insert(0, new Unit("a-new.md", "!new"));
        shifted.RemoveAt(301);
        var moved = Build(reuse, shifted);
        Assert.Equal(1, moved.Runs);
        Assert.Equal([.. shifted.Select(u => u.Text.ToUpperInvariant() + "@" + u.Path)], moved.Outputs);

        // Diagnostics follow the new list order, the new unit's first, the removed unit's gone.
        Assert.Equal([.. shifted.Where(u => u.Text.StartsWith('!')).Select(u => u.Path)], moved.Reported);
    }

    [Fact]
    public void A_build_that_does_not_run_the_step_keeps_its_list_for_the_next()
    {
        var reuse = new StepReuse();
        var units = Units(40);
        Build(reuse, units);
        reuse.NextBuild(); // a build that stopped before this step
        reuse.NextBuild();
        Assert.Equal(0, Build(reuse, units).Runs);
    }

    [Fact]
    public void A_step_run_as_two_lists_in_one_build_is_refused()
    {
        var reuse = new StepReuse();
        reuse.NextBuild();
        var bag = new DiagnosticBag();
        reuse.RunAll(ReusableStep.Markdown, ["a"], x => x, (_, _) => 1, bag, 1);
        Assert.Throws<InvalidOperationException>(() => reuse.RunAll(ReusableStep.Markdown, ["b"], x => x, (_, _) => 2, bag, 1));
    }

    [Fact]
    public void Every_step_runner_returns_the_same_outputs_and_diagnostics()
    {
        var units = Units(300);
        var bag = new DiagnosticBag();
        var plain = RunEveryStep.Instance.RunAll(ReusableStep.Parse, units, u => u.Path, (i, own) =>
        {
            if (units[i].Text.StartsWith('!'))
            {
                own.Warning("ITA9999", new SourceSpan(units[i].Path, 1, 1), units[i].Text);
            }

            return units[i].Text.ToUpperInvariant() + "@" + units[i].Path;
        }, bag, 2);
        var reused = Build(new StepReuse(), units);
        Assert.Equal(reused.Outputs, plain);
        Assert.Equal(reused.Reported, [.. bag.Items.Select(d => d.Span.File)]);
    }
}
