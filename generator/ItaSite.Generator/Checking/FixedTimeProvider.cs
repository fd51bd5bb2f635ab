using ItaSite.Generator.Thai;

namespace ItaSite.Generator.Checking;

/// <summary>A clock stopped at noon (Thai time) of one day: what <c>check --today</c> uses so runs and tests are reproducible.</summary>
public sealed class FixedTimeProvider(DateOnly today) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() =>
        new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), ThaiClock.Offset).ToUniversalTime();
}
