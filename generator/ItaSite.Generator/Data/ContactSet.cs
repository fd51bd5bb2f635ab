using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Data;

/// <summary>Contact data (O5): the agency's address, phones and map come from site.yaml; this adds units and extra rows.</summary>
public sealed record ContactSet(string Id, string Title, SourceSpan Span, string? Website, string? Hotline, IReadOnlyList<ContactUnit> Units) : DataSet(Id, Title, Span)
{
    public override string Kind => "contacts";
}
