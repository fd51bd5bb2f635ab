namespace ItaSite.Generator.Data;

/// <summary>One service of the service statistics (O16) with one count per month of the set.</summary>
public sealed record ServiceSeries(string Name, IReadOnlyList<int> Counts);
