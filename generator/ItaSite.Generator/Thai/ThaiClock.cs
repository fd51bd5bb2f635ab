namespace ItaSite.Generator.Thai;

/// <summary>Today's date in Thailand (UTC+7, no daylight saving), from an injected clock rather than the machine's time zone.</summary>
public static class ThaiClock
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Offset).DateTime);
}
