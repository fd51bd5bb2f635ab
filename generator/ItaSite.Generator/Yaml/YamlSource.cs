using ItaSite.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ItaSite.Generator.Yaml;

/// <summary>
/// Where a block of YAML came from: a file and the line its first line has in that file (front matter starts on line 2).
/// Converts YamlDotNet's marks to 1-based file positions in one place.
/// </summary>
public sealed record YamlSource(string File, int FirstLine = 1)
{
    public SourceSpan SpanOf(YamlNode node) => SpanOf(node.Start);

    public SourceSpan SpanOf(Mark mark) => new(File, (int)mark.Line + FirstLine - 1, (int)mark.Column);

    public SourceSpan Start => new(File, FirstLine, 1);
}
