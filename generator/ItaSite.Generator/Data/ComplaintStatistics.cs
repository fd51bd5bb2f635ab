using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Data;

/// <summary>Complaint statistics by month (O29): received, completed, in progress.</summary>
public sealed record ComplaintStatistics(string Id, string Title, SourceSpan Span, string? Note, IReadOnlyList<ComplaintMonth> Months) : DataSet(Id, Title, Span)
{
    public override string Kind => "complaint-statistics";
}
