namespace ItaSite.Generator.Framework;

/// <summary>The time coverage an OIT item's evidence must have, relative to the assessment fiscal year.</summary>
public enum PeriodRule
{
    /// <summary>No time rule (structure, contacts, laws…).</summary>
    None,

    /// <summary>Evidence of the assessment fiscal year itself.</summary>
    CurrentFiscalYear,

    /// <summary>A report of the previous fiscal year.</summary>
    PreviousFiscalYear,

    /// <summary>Data covering the first six months of the assessment fiscal year (1 Oct – 31 Mar).</summary>
    FirstHalfOfCurrentFiscalYear,

    /// <summary>A plan whose validity covers the assessment fiscal year.</summary>
    PlanCoveringCurrentFiscalYear,
}
