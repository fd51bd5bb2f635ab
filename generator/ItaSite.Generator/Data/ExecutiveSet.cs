using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Data;

/// <summary>Executives (O2): groups of people with photo, position, phone and e-mail.</summary>
public sealed record ExecutiveSet(string Id, string Title, SourceSpan Span, IReadOnlyList<ExecutiveGroup> Groups) : DataSet(Id, Title, Span)
{
    public override string Kind => "executives";
}
