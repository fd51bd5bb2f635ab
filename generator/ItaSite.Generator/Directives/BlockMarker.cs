using System.Text.RegularExpressions;

namespace ItaSite.Generator.Directives;

/// <summary>
/// The placeholder a directive leaves in body HTML, and the split the theme does to put components there. Content cannot forge
/// a marker: <c>MarkdownRenderer</c> removes raw HTML that contains one, with an error, before rendering.
/// </summary>
public static partial class BlockMarker
{
    public static string For(string name, string argument) =>
        $"<!--itasite:{name}:{Safe().Replace(argument, "_")}-->\n";

    public static IReadOnlyList<BodyPart> Split(string html)
    {
        var parts = new List<BodyPart>();
        var at = 0;
        foreach (Match match in Marker().Matches(html))
        {
            if (match.Index > at)
            {
                parts.Add(new BodyPart(html[at..match.Index], null, null));
            }

            parts.Add(new BodyPart(null, match.Groups[1].Value, match.Groups[2].Value));
            at = match.Index + match.Length;
        }

        if (at < html.Length)
        {
            parts.Add(new BodyPart(html[at..], null, null));
        }

        return parts;
    }

    [GeneratedRegex(@"<!--itasite:([A-Za-z0-9-]+):([A-Za-z0-9._-]*)-->\n?")]
    private static partial Regex Marker();

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex Safe();
}
