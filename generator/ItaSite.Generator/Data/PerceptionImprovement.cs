using ItaSite.Generator.Content;
using ItaSite.Generator.Framework;

namespace ItaSite.Generator.Data;

/// <summary>
/// One row of an IIT/EIT improvement table (seeds 003/004): the indicator as the year's framework names it, the guidelines
/// for raising its score (แนวทางในการยกระดับการประเมิน), who is responsible, the months it runs, the progress tick and the
/// result lines, and the numbers of the year's measures that carry it out.
/// </summary>
public sealed record PerceptionImprovement(
    PerceptionIndicator Indicator,
    IReadOnlyList<string> Guidelines,
    string Responsible,
    YearMonth From,
    YearMonth To,
    PageStatus Status,
    IReadOnlyList<string> Results,
    IReadOnlyList<int> Measures);
