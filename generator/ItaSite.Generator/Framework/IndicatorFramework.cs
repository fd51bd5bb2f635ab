namespace ItaSite.Generator.Framework;

/// <summary>The OIT framework of one assessment year, loaded from data (never hard-coded).</summary>
public sealed class IndicatorFramework
{
    private readonly Dictionary<IndicatorCode, FrameworkItem> _byCode;

    public IndicatorFramework(
        int year,
        string title,
        Confidence confidence,
        string sourceName,
        IReadOnlyList<OitIndicator> indicators,
        IReadOnlyList<PerceptionIndicator> perceptionIndicators,
        IReadOnlyList<FrameworkItem> items)
    {
        Year = year;
        Title = title;
        Confidence = confidence;
        SourceName = sourceName;
        Indicators = indicators;
        PerceptionIndicators = perceptionIndicators;
        Items = items;
        _byCode = items.ToDictionary(i => i.Code);
    }

    /// <summary>The assessment year in Buddhist Era, which is also the fiscal year assessed.</summary>
    public int Year { get; }

    public string Title { get; }

    /// <summary>The file's confidence; <see cref="Framework.Confidence.Draft"/> for a copy not yet checked against that year's manual.</summary>
    public Confidence Confidence { get; }

    public bool IsDraft => Confidence == Confidence.Draft;

    /// <summary>The year whose item codes <see cref="FrameworkItem.Continues"/> refers to; null when the file maps nothing.</summary>
    public int? PreviousYear { get; init; }

    /// <summary>Where <see cref="PreviousYear"/> is written, for mapping diagnostics.</summary>
    public Diagnostics.SourceSpan PreviousYearSpan { get; init; }

    /// <summary>How this year scores items and rates agencies; null when the file does not say.</summary>
    public RatingScheme? Rating { get; init; }

    /// <summary>Items whose title or components are a best inference, to check against the NACC manual.</summary>
    public IEnumerable<FrameworkItem> ProvisionalItems => Items.Where(i => i.Provisional || IsDraft);

    /// <summary>Where the framework came from (built-in resource or a site file), for messages.</summary>
    public string SourceName { get; }

    public IReadOnlyList<OitIndicator> Indicators { get; }

    public IReadOnlyList<PerceptionIndicator> PerceptionIndicators { get; }

    public IReadOnlyList<FrameworkItem> Items { get; }

    public IEnumerable<SubIndicator> SubIndicators => Indicators.SelectMany(i => i.SubIndicators);

    public FrameworkItem? Find(IndicatorCode code) => _byCode.GetValueOrDefault(code);

    public PerceptionIndicator? FindPerception(int number) => PerceptionIndicators.FirstOrDefault(p => p.Number == number);
}
