namespace ItaSite.Generator.Diagnostics;

/// <summary>A 1-based position in a source file. <see cref="File"/> is shown as given (usually relative to the working folder).</summary>
public readonly record struct SourceSpan(string File, int Line = 0, int Column = 0)
{
    public override string ToString() =>
        Line <= 0 ? File : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";

    public SourceSpan At(int line, int column) => new(File, line, column);
}
