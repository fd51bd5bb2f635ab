using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Data;

/// <summary>Monthly procurement summaries in the สขร.1 form (O21).</summary>
public sealed record ProcurementSet(string Id, string Title, SourceSpan Span, string Agency, IReadOnlyList<ProcurementMonth> Months) : DataSet(Id, Title, Span)
{
    public override string Kind => "procurement";
}
