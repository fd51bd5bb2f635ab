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
        var parts = contentPath.Split('/');
        if (parts.Length < 3 || !YearKinds.Contains(parts[0]))
        {
            return null;
        }

        return TryParseYear(parts[1], out var year) ? year : null;
    }

    /// <summary>The folder of a year for pages of a kind: <c>Folder("oit", 2569)</c> → <c>oit/2569</c>.</summary>
    public static string Folder(string kind, int year) => $"{kind}/{year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A folder name that is a year: four ASCII digits from 2500 to 2700.</summary>
    public static bool TryParseYear(string segment, out int year)
    {
        year = 0;
        return segment.Length == 4 && segment.All(char.IsAsciiDigit)
            && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && year is >= MinYear and <= MaxYear;
    }
}
