using ItaSite.Generator.Content;
using ItaSite.Generator.Directives;
using ItaSite.Generator.Markdown;

namespace ItaSite.Generator.Checking;

/// <summary>
/// The Markdown lines under one heading of a page, up to the next heading of the same or a higher level: what a section named
/// as evidence actually contains. Lines are file lines (1-based), so findings point where staff edit.
/// </summary>
public sealed record PageSection(HeadingInfo Heading, int FirstLine, IReadOnlyList<string> Lines, IReadOnlyList<LinkUse> Links, IReadOnlyList<DirectiveUse> Directives)
{
    public static PageSection? Find(ContentPage page, RenderedMarkdown body, string id)
    {
        var heading = body.Headings.FirstOrDefault(h => h.Id == id);
        if (heading is null)
        {
            return null;
        }

        var next = body.Headings.FirstOrDefault(h => h.Line > heading.Line && h.Level <= heading.Level);
        var fileLines = page.Source.Text.Split('\n');
        var end = Math.Min(fileLines.Length, next is null ? fileLines.Length : next.Line - 1);
        var lines = fileLines.Skip(heading.Line).Take(Math.Max(0, end - heading.Line)).Select(l => l.TrimEnd('\r')).ToList();
        bool Inside(int line) => line > heading.Line && line <= end;
        return new PageSection(
            heading,
            heading.Line + 1,
            lines,
            [.. body.Links.Where(l => Inside(l.Span.Line))],
            [.. body.Directives.Where(d => Inside(d.Span.Line))]);
    }

    /// <summary>True when the section has something besides blank lines and sub-headings: text, a table, a list, a data block.</summary>
    public bool HasContent => Directives.Count > 0 || Lines.Any(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));

    /// <summary>The table rows of the section (header and delimiter rows left out), with their file lines.</summary>
    public IEnumerable<(int Line, IReadOnlyList<string> Cells)> TableRows()
    {
        var inTable = false;
        for (var i = 0; i < Lines.Count; i++)
        {
            var text = Lines[i].Trim();
            if (!text.StartsWith('|'))
            {
                inTable = false;
                continue;
            }

            var cells = text.Trim('|').Split('|').Select(c => c.Trim()).ToList();
            if (!inTable)
            {
                inTable = true;
                continue;
            }

            if (cells.All(c => c.Length > 0 && c.All(ch => ch is '-' or ':')))
            {
                continue;
            }

            yield return (FirstLine + i, cells);
        }
    }
}
