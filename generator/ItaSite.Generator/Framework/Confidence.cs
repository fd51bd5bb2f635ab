namespace ItaSite.Generator.Framework;

/// <summary>
/// How sure the framework data is. Items and whole files carry one; <see cref="Draft"/> marks a file copied from the previous
/// year (by <c>new-year</c>) before the NACC manual of that year was seen.
/// </summary>
public enum Confidence
{
    /// <summary>Cross-checked: two or more independent sources agree.</summary>
    High,

    /// <summary>Stated by one source, or the official wording copied by an agency.</summary>
    Medium,

    /// <summary>Inferred from the sources; a hypothesis.</summary>
    Low,

    /// <summary>Not found; the entry is a placeholder and is always provisional.</summary>
    Unknown,

    /// <summary>A whole file copied from the previous year, not yet checked against that year's manual.</summary>
    Draft,
}

public static class ConfidenceNames
{
    public static readonly IReadOnlyDictionary<string, Confidence> ByName = new Dictionary<string, Confidence>(StringComparer.Ordinal)
    {
        ["high"] = Confidence.High,
        ["medium"] = Confidence.Medium,
        ["low"] = Confidence.Low,
        ["unknown"] = Confidence.Unknown,
        ["draft"] = Confidence.Draft,
    };

    public static string Name(this Confidence confidence) => confidence.ToString().ToLowerInvariant();

    /// <summary>Thai label for staff-facing reports.</summary>
    public static string ThaiLabel(this Confidence confidence) => confidence switch
    {
        Confidence.High => "สูง",
        Confidence.Medium => "ปานกลาง",
        Confidence.Low => "ต่ำ",
        Confidence.Unknown => "ไม่ทราบ",
        _ => "ฉบับร่าง",
    };
}
