using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Output;
using ItaSite.Generator.Reuse;

namespace ItaSite.Generator.Pipeline;

/// <summary>The order of the output files, the last thing the builder does before writing.</summary>
internal static class OutputOrder
{
    /// <summary>The files in ordinal path order: the order is a step whose input is the list of paths (the same from edit to edit).</summary>
    public static List<OutputFile> Sorted(List<OutputFile> files, IStepRunner steps, DiagnosticBag diagnostics)
    {
        var paths = new string[files.Count];
        for (var i = 0; i < paths.Length; i++)
        {
            paths[i] = files[i].RelativePath;
        }

        var order = steps.Run(ReusableStep.OutputOrder, nameof(ReusableStep.OutputOrder), paths, (x, _) => OrdinalOrder(x), diagnostics);
        var sorted = new List<OutputFile>(files.Count);
        foreach (var i in order)
        {
            sorted.Add(files[i]);
        }

        return sorted;
    }

    /// <summary>The positions of <paramref name="paths"/> in ordinal order.</summary>
    private static int[] OrdinalOrder(string[] paths)
    {
        var keys = (string[])paths.Clone();
        var order = new int[paths.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order, StringComparer.Ordinal);
        return order;
    }
}
