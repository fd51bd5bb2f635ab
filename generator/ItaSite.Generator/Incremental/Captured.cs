using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Incremental;

/// <summary>What one run of a step made: its output and the diagnostics it reported, in order, replayed when the output is reused.</summary>
public sealed record Captured<T>(T Value, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Runs <paramref name="work"/> into a bag of its own and keeps what it reported.</summary>
    public static Captured<T> Run(Func<DiagnosticBag, T> work)
    {
        var own = new DiagnosticBag();
        var value = work(own);
        return new Captured<T>(value, own.Items);
    }

    /// <summary>Reports the kept diagnostics into <paramref name="diagnostics"/> and returns the output.</summary>
    public T ReplayInto(DiagnosticBag diagnostics)
    {
        if (Diagnostics.Count == 0)
        {
            return Value;
        }

        foreach (var diagnostic in Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return Value;
    }
}
