using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Data;

/// <summary>
/// The IIT/EIT improvement tables of one assessment year (O42/O43): one row per perception indicator, validated against the
/// year's framework. Published as one table per tool, <c>&lt;id&gt;-iit</c> and <c>&lt;id&gt;-eit</c>.
/// </summary>
public sealed record PerceptionImprovementSet(string Id, string Title, SourceSpan Span, int Year, string? Note, IReadOnlyList<PerceptionImprovement> Rows)
    : DataSet(Id, Title, Span)
{
    public override string Kind => "perception-improvements";

    /// <summary>The tools that have rows, in indicator order (IIT before EIT).</summary>
    public IReadOnlyList<string> Tools => [.. Rows.Select(r => r.Indicator.Tool).Distinct(StringComparer.Ordinal)];

    public IReadOnlyList<PerceptionImprovement> RowsOf(string tool) => [.. Rows.Where(r => r.Indicator.Tool == tool)];

    public string TableId(string tool) => Id + "-" + tool.ToLowerInvariant();
}
