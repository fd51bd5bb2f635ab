using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Data;

/// <summary>Service statistics (O16): one row per service, one count per month.</summary>
public sealed record ServiceStatistics(string Id, string Title, SourceSpan Span, string Unit, IReadOnlyList<YearMonth> Months, IReadOnlyList<ServiceSeries> Services) : DataSet(Id, Title, Span)
{
    public override string Kind => "service-statistics";

    public int MonthTotal(int index) => Services.Sum(s => s.Counts[index]);
}
