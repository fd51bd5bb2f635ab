using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Checking;

/// <summary>Finds where a top-level front-matter key is written, for keys whose parsed record keeps no position.</summary>
public static class FrontMatterLines
{
    public static SourceSpan? Find(ContentPage page, string key)
    {
        var lines = page.Source.Text.Split('\n');
        var last = Math.Min(lines.Length, Math.Max(0, page.Body.FirstLine - 1));
        for (var i = 1; i < last; i++)
        {
            if (lines[i].StartsWith(key, StringComparison.Ordinal) && lines[i].AsSpan(key.Length).TrimStart(' ').StartsWith(":"))
            {
                return new SourceSpan(page.Source.DisplayPath, i + 1, 1);
            }
        }

        return null;
    }

    /// <summary>The value of a top-level key exactly as written (to echo in messages), or null.</summary>
    public static string? Written(ContentPage page, string key) =>
        Find(page, key) is { } span ? page.Source.Text.Split('\n')[span.Line - 1].Split(':', 2)[1].Split(" #")[0].Trim().Trim('"', '\'') : null;
}
