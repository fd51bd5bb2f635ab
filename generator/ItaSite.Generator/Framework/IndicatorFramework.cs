namespace ItaSite.Generator.Framework;

/// <summary>The OIT framework of one assessment year, loaded from data (never hard-coded).</summary>
public sealed class IndicatorFramework
{
    private readonly Dictionary<IndicatorCode, FrameworkItem> _byCode;

    public IndicatorFramework(
        int year,
        string title,
        string confidence,
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

    public string Confidence { get; }

    /// <summary>Where the framework came from (built-in resource or a site file), for messages.</summary>
    public string SourceName { get; }

    public IReadOnlyList<OitIndicator> Indicators { get; }

    public IReadOnlyList<PerceptionIndicator> PerceptionIndicators { get; }

    public IReadOnlyList<FrameworkItem> Items { get; }

    public IEnumerable<SubIndicator> SubIndicators => Indicators.SelectMany(i => i.SubIndicators);

    public FrameworkItem? Find(IndicatorCode code) => _byCode.GetValueOrDefault(code);

    public PerceptionIndicator? FindPerception(int number) => PerceptionIndicators.FirstOrDefault(p => p.Number == number);
}
