using System.Globalization;

namespace ItaSite.Cli;

/// <summary>
/// Hooks the kill-mid-build test uses to make the write stage slow enough to interrupt. Read from the environment only here,
/// at the edge of the program; the generator itself receives plain options.
/// </summary>
public static class TestHooks
{
    public const string WriteDelayVariable = "ITASITE_TEST_WRITE_DELAY_MS";

    public static TimeSpan WriteDelayPerFile() =>
        int.TryParse(Environment.GetEnvironmentVariable(WriteDelayVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var ms) && ms is > 0 and <= 10_000
            ? TimeSpan.FromMilliseconds(ms)
            : TimeSpan.Zero;
}
