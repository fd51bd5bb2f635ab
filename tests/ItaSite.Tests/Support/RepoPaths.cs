namespace ItaSite.Tests.Support;

/// <summary>Finds the repository root (the folder with ItaSite.sln) from the test's working folder.</summary>
public static class RepoPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ItaSite.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("ItaSite.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Fixtures shared by the unit and browser tests (tests/Fixtures).</summary>
    public static string Fixtures => Path.Combine(Root, "tests", "Fixtures");

    /// <summary>A frozen copy of the example agency (tests never read the user's content/, which changes with each year).</summary>
    public static string ExampleContent => Path.Combine(Fixtures, "Example", "content");
}
