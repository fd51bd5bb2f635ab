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

public sealed record Executive(string Name, string Position, string? Phone, string? Email, string? PhotoContentPath, SourceSpan Span);

public sealed record ExecutiveGroup(string Title, IReadOnlyList<Executive> People);

/// <summary>Executives (O2): groups of people with photo, position, phone and e-mail.</summary>
public sealed record ExecutiveSet(string Id, string Title, SourceSpan Span, IReadOnlyList<ExecutiveGroup> Groups) : DataSet(Id, Title, Span)
{
    public override string Kind => "executives";
}

public sealed record ContactUnit(string Name, string Phone, string? Email);

/// <summary>Contact data (O5): the agency's address, phones and map come from site.yaml; this adds units and extra rows.</summary>
public sealed record ContactSet(string Id, string Title, SourceSpan Span, string? Website, string? Hotline, IReadOnlyList<ContactUnit> Units) : DataSet(Id, Title, Span)
{
    public override string Kind => "contacts";
}

public sealed record Bid(string Bidder, decimal Price);

public sealed record ProcurementItem(
    string Work,
    decimal Budget,
    decimal? ReferencePrice,
    string Method,
    IReadOnlyList<Bid> Bids,
    Bid Winner,
    string Reason,
    string Contract,
    DateOnly? ContractDate);

public sealed record ProcurementMonth(YearMonth Month, int Count, decimal Total, DateOnly? Reported, IReadOnlyList<ProcurementItem> Items);

/// <summary>Monthly procurement summaries in the สขร.1 form (O21).</summary>
public sealed record ProcurementSet(string Id, string Title, SourceSpan Span, string Agency, IReadOnlyList<ProcurementMonth> Months) : DataSet(Id, Title, Span)
{
    public override string Kind => "procurement";
}

public sealed record ComplaintMonth(YearMonth Month, int Received, int Completed, int InProgress);

/// <summary>Complaint statistics by month (O29): received, completed, in progress.</summary>
public sealed record ComplaintStatistics(string Id, string Title, SourceSpan Span, string? Note, IReadOnlyList<ComplaintMonth> Months) : DataSet(Id, Title, Span)
{
    public override string Kind => "complaint-statistics";
}

public sealed record ServiceSeries(string Name, IReadOnlyList<int> Counts);

/// <summary>Service statistics (O16): one row per service, one count per month.</summary>
public sealed record ServiceStatistics(string Id, string Title, SourceSpan Span, string Unit, IReadOnlyList<YearMonth> Months, IReadOnlyList<ServiceSeries> Services) : DataSet(Id, Title, Span)
{
    public override string Kind => "service-statistics";

    public int MonthTotal(int index) => Services.Sum(s => s.Counts[index]);
}
