using System.Globalization;
using System.Text;

namespace ItaSite.Generator.Markdown;

/// <summary>
/// Heading ids that keep Thai readable: the heading text with runs of spaces turned into '-', punctuation dropped, ASCII
/// lower-cased, Thai letters with their vowel and tone marks kept whole (Markdig's own auto-ids give <c>section-1</c>).
/// </summary>
public static class HeadingIds
{
    public static string Slugify(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var category = char.GetUnicodeCategory(c);
            var keep = char.IsLetterOrDigit(c)
                || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                || c is '_' or '-' or '.';
            if (char.IsWhiteSpace(c) || (!keep && sb.Length > 0 && c is '/' or '–'))
            {
                pendingDash = sb.Length > 0;
                continue;
            }

            if (!keep)
            {
                continue;
            }

            if (pendingDash)
            {
                sb.Append('-');
                pendingDash = false;
            }

            sb.Append(char.IsAscii(c) ? char.ToLowerInvariant(c) : c);
        }

        var id = sb.ToString().Trim('-', '.');
        return id.Length == 0 ? "section" : id;
    }

    /// <summary>Makes <paramref name="id"/> unique on the page: the second "ผลการดำเนินงาน" becomes "ผลการดำเนินงาน-2".</summary>
    public static string Unique(string id, ISet<string> used)
    {
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }

        return candidate;
    }
}
