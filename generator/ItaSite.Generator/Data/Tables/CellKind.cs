namespace ItaSite.Generator.Data.Tables;

/// <summary>How a cell is written: on the page (Thai formatting), in CSV (invariant text) and in JSON (typed value).</summary>
public enum CellKind
{
    Text,
    Count,
    Money,
    Date,
    Month,
}
