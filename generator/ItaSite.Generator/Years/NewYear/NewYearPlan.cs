namespace ItaSite.Generator.Years.NewYear;

/// <summary>One file <c>new-year</c> creates: its content path and text.</summary>
public sealed record PlannedFile(string ContentPath, string Text);

/// <summary>What <c>new-year</c> creates for <see cref="Year"/> from <see cref="From"/>, and what staff still have to do (Thai first).</summary>
public sealed record NewYearPlan(int Year, int From, bool DraftFramework, int ItemPages, int Carried, int MeasurePages, IReadOnlyList<PlannedFile> Files, IReadOnlyList<string> Todo);
