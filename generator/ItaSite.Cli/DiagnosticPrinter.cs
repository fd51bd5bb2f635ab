using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Pipeline;

namespace ItaSite.Cli;

/// <summary>Prints diagnostics one per line and the closing summary.</summary>
public static class DiagnosticPrinter
{
    public static async Task PrintAsync(BuildResult result, TextWriter stderr)
    {
        foreach (var diagnostic in result.Diagnostics.Sorted())
        {
            await stderr.WriteLineAsync(diagnostic.ToString());
        }
    }

    public static string Counts(DiagnosticBag diagnostics) =>
        $"{diagnostics.Count(Severity.Error)} error(s), {diagnostics.Count(Severity.Warning)} warning(s)";

    public static bool Failed(BuildResult result, bool warningsAsErrors) =>
        result.Diagnostics.HasErrors || (warningsAsErrors && result.Diagnostics.Count(Severity.Warning) > 0);
}
