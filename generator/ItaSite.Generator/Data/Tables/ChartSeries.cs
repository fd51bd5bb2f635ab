namespace ItaSite.Generator.Data.Tables;

/// <summary>One series of a build-time bar chart: a name for the legend and one value per month.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<int> Values);
