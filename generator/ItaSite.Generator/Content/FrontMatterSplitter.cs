using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Content;

/// <summary>The YAML between the opening and closing <c>---</c> lines, and the Markdown after it.</summary>
public sealed record FrontMatterParts(string? Yaml, int YamlFirstLine, MarkdownBody Body);

/// <summary>Splits a Markdown file into front matter and body.</summary>
public static class FrontMatterSplitter
{
    public static FrontMatterParts? Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        if (!IsFence(FirstLine(text)))
        {
            return new FrontMatterParts(null, 0, new MarkdownBody(text, 1));
        }

        var lineNumber = 1;
        var position = text.IndexOf('\n') + 1;
        var yamlStart = position;
        while (position > 0 && position <= text.Length)
        {
            lineNumber++;
            var end = text.IndexOf('\n', position);
            var line = end < 0 ? text[position..] : text[position..end];
            if (IsFence(line) || line.TrimEnd() == "...")
            {
                var yaml = text[yamlStart..position];
                var bodyStart = end < 0 ? text.Length : end + 1;
                return new FrontMatterParts(yaml, 2, new MarkdownBody(text[bodyStart..], lineNumber + 1));
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
        }

        diagnostics.Error(DiagnosticCodes.UnterminatedFrontMatter, new SourceSpan(file.DisplayPath, 1, 1), "front matter opened with '---' is never closed by a second '---' line (ส่วนหัว YAML ไม่มีบรรทัด --- ปิดท้าย)");
        return null;
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n');
        return end < 0 ? text : text[..end];
    }

    private static bool IsFence(string line) => line.TrimEnd() == "---";
}
