namespace ItaSite.BrowserTests;

/// <summary>A tool a test needs is missing: skip with the reason locally, fail under CI=true so CI never passes by skipping.</summary>
public static class Prerequisite
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void Missing(string reason)
    {
        if (IsCi)
        {
            Assert.Fail("CI=true but " + reason);
        }

        Assert.Skip(reason);
    }
}
