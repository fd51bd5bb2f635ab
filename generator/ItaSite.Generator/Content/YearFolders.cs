using System.Globalization;

namespace ItaSite.Generator.Content;

/// <summary>
/// The folder decides the year: <c>oit/&lt;year&gt;/…</c>, <c>measures/&lt;year&gt;/…</c> and <c>data/&lt;year&gt;/…</c> belong to that
/// Buddhist-Era assessment year. A <c>year:</c> key may repeat the folder's year but never change it.
/// </summary>
public static class YearFolders
{
    public const int MinYear = 2500;

    public const int MaxYear = 2700;

    /// <summary>The per-year settings file of a year folder (<c>oit/2570/year.yaml</c>).</summary>
    public const string SettingsFile = "year.yaml";

    /// <summary>The site's own framework of a year (<c>oit/2570/framework.yaml</c>), used instead of the built-in one.</summary>
    public const string FrameworkFile = "framework.yaml";

    /// <summary>The top folders whose second segment is the year.</summary>
    public static readonly IReadOnlyList<string> YearKinds = ["oit", "measures", "data"];

    /// <summary><c>oit/2566/o1.md</c> → 2566; null when the path is not inside a year folder.</summary>
    public static int? YearOf(string contentPath)
    {
        // Spans, not Split: every rebuild of serve asks this of every file (10,000 arrays and 30,000 strings per edit).
        var path = contentPath.AsSpan();
        var first = path.IndexOf('/');
        var second = first < 0 ? -1 : path[(first + 1)..].IndexOf('/');
        if (second < 0 || !IsYearKind(path[..first]))
        {
            return null;
        }

        return TryParseYear(path.Slice(first + 1, second), out var year) ? year : null;
    }

    private static bool IsYearKind(ReadOnlySpan<char> segment)
    {
        for (var i = 0; i < YearKinds.Count; i++) // by index: a foreach over the interface allocates an enumerator per call
        {
            if (segment.SequenceEqual(YearKinds[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The folder of a year for pages of a kind: <c>Folder("oit", 2569)</c> → <c>oit/2569</c>.</summary>
    public static string Folder(string kind, int year) => $"{kind}/{year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A folder name that is a year: four ASCII digits from 2500 to 2700.</summary>
    public static bool TryParseYear(string segment, out int year) => TryParseYear(segment.AsSpan(), out year);

    /// <inheritdoc cref="TryParseYear(string, out int)"/>
    public static bool TryParseYear(ReadOnlySpan<char> segment, out int year)
    {
        year = 0;
        return segment.Length == 4 && !segment.ContainsAnyExceptInRange('0', '9')
            && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && year is >= MinYear and <= MaxYear;
    }
}
