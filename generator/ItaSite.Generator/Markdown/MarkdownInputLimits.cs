using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Markdown;

/// <summary>
/// The checks a body passes before Markdig sees it: nesting depth, line length and pipes outside a table. Each guards against
/// input that would make the parser slow or deeply recursive (found by the fuzzer); a body that fails is reported, not rendered.
/// </summary>
internal sealed class MarkdownInputLimits(BuildLimits limits)
{
    /// <summary>True, with an error reported, when the body must not be rendered.</summary>
    public bool Rejects(MarkdownBody body, string display, DiagnosticBag diagnostics)
    {
        if (FindExcessiveNesting(body.Text) is { } deepLine)
        {
            diagnostics.Error(DiagnosticCodes.LimitExceeded, new SourceSpan(display, deepLine + body.FirstLine - 1, 1), $"Markdown is nested more than {limits.MaxMarkdownNesting} levels deep (block quotes or lists); the body is not rendered");
            return true;
        }

        if (FindOverlongLine(body.Text) is { } longLine)
        {
            diagnostics.Error(DiagnosticCodes.LimitExceeded, new SourceSpan(display, longLine.Line + body.FirstLine - 1, 1), $"line is {longLine.Length:N0} characters long; lines may be at most {limits.MaxLineChars:N0} characters (break the paragraph into lines) (บรรทัดยาวเกินไป); the body is not rendered");
            return true;
        }

        if (FindPipeHeavyParagraph(body.Text) is { } pipes)
        {
            diagnostics.Error(DiagnosticCodes.LimitExceeded, new SourceSpan(display, pipes.Line + body.FirstLine - 1, 1), $"this paragraph has {pipes.Count:N0} '|' characters but no table header row (|---|---|); at most {limits.MaxPipesWithoutTableHeader:N0} are allowed outside a table: add the header and delimiter rows or split it (ตารางไม่มีแถวหัวตาราง); the body is not rendered");
            return true;
        }

        return false;
    }

    private (int Line, int Length)? FindOverlongLine(string text)
    {
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            var length = (end < 0 ? text.Length : end) - start;
            if (length > limits.MaxLineChars)
            {
                return (line, length);
            }

            if (end < 0)
            {
                return null;
            }

            start = end + 1;
            line++;
        }

        return null;
    }

    /// <summary>
    /// Finds a paragraph (lines between blank lines) with more '|' than the limit and no table delimiter row. Markdig's pipe-table
    /// parser is quadratic in the pipes of such a paragraph (100,000 took 24 s, found by the fuzzer); real tables have a
    /// delimiter row and parse in linear time.
    /// </summary>
    private (int Line, int Count)? FindPipeHeavyParagraph(string text)
    {
        var line = 0;
        var paragraphStart = 1;
        var pipes = 0;
        var hasDelimiterRow = false;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var raw = text.AsSpan()[range];
            line++;
            if (raw.IsWhiteSpace())
            {
                pipes = 0;
                hasDelimiterRow = false;
                paragraphStart = line + 1;
                continue;
            }

            pipes += raw.Count('|');
            hasDelimiterRow |= IsDelimiterRow(raw);
            if (!hasDelimiterRow && pipes > limits.MaxPipesWithoutTableHeader)
            {
                return (paragraphStart, pipes);
            }
        }

        return null;
    }

    private static bool IsDelimiterRow(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        return trimmed.Contains('-') && trimmed.Contains('|') && !trimmed.ContainsAnyExcept(DelimiterRowChars);
    }

    private static readonly System.Buffers.SearchValues<char> DelimiterRowChars = System.Buffers.SearchValues.Create("|-: \t");

    /// <summary>Returns the 1-based body line where block quotes or list indentation nest too deep, or null.</summary>
    private int? FindExcessiveNesting(string text)
    {
        var line = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var raw = text.AsSpan()[range];
            line++;
            var depth = 0;
            var spaces = 0;
            foreach (var c in raw)
            {
                if (c == '>')
                {
                    depth++;
                }
                else if (c == ' ')
                {
                    spaces++;
                }
                else if (c == '\t')
                {
                    spaces += 4;
                }
                else if (c is '-' or '*' or '+')
                {
                    depth++;
                }
                else
                {
                    break;
                }
            }

            if (depth + (spaces / 2) > limits.MaxMarkdownNesting)
            {
                return line;
            }
        }

        return null;
    }
}
