namespace ItaSite.Generator.Data;

/// <summary>Complaints of one month (O29); <c>Completed + InProgress == Received</c> is checked by the parser.</summary>
public sealed record ComplaintMonth(YearMonth Month, int Received, int Completed, int InProgress);
