using ItaSite.Generator.Data;
using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Checking;

/// <summary>Where a month is written in a data file (its records keep no position), else the top of the file.</summary>
internal static class DataLines
{
    public static SourceSpan Span(EvidenceContext context, DataSet set, YearMonth? month)
    {
        var file = context.Site.Content.DataFiles.FirstOrDefault(f => f.DisplayPath == set.Span.File);
        if (file is null || month is not { } m)
        {
            return set.Span;
        }

        var lines = file.Text.Split('\n');
        var written = new[] { m.Iso, $"{m.Year + Thai.FiscalYear.BuddhistOffset:0000}-{m.Month:00}" };
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains("month", StringComparison.Ordinal) && written.Any(w => lines[i].Contains(w, StringComparison.Ordinal)))
            {
                return new SourceSpan(set.Span.File, i + 1, 1);
            }
        }

        return set.Span;
    }
}
