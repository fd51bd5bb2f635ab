using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Data;

/// <summary>
/// One data file of <c>content/data/</c>, parsed into the typed records of its kind. <see cref="Id"/> is the file name without
/// extension; pages include it with <c>::data[id]</c>.
/// </summary>
public abstract record DataSet(string Id, string Title, SourceSpan Span)
{
    public abstract string Kind { get; }
}
