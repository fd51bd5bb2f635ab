namespace ItaSite.Generator.Data;

/// <summary>A titled group of executives (คณะผู้บริหาร, หัวหน้าส่วนราชการ…), shown as one row of cards.</summary>
public sealed record ExecutiveGroup(string Title, IReadOnlyList<Executive> People);
