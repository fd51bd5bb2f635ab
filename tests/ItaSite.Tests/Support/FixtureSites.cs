namespace ItaSite.Tests.Support;

/// <summary>
/// Fixture sites as a shared base plus the one file a case changes: <c>Sites/&lt;set&gt;/base/content/</c> is a clean site,
/// and each case folder holds only what differs — files under <c>content/</c> that are added or written over the base, and
/// an optional <c>removed.txt</c> listing base files (content-relative, one a line) the case deletes. A case is materialised
/// into a temporary <see cref="TestSite"/>, so no test reads or writes the fixture folders in place.
/// </summary>
public static class FixtureSites
{
    public static string Root => Path.Combine(RepoPaths.Root, "tests", "ItaSite.Tests", "Sites");

    /// <summary>Folder of a case (its <c>expected.txt</c>, <c>today.txt</c>), e.g. <c>Folder("Invalid", "broken-link")</c>.</summary>
    public static string Folder(string set, string name) => Path.Combine(Root, set, name);

    /// <summary>The case names of a set, in ordinal order, the base first among them as any other name.</summary>
    public static IEnumerable<string> Cases(string set) =>
        Directory.EnumerateDirectories(Path.Combine(Root, set)).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal);

    /// <summary>The base copied to a temporary folder with the case's files written over it and its removals applied.</summary>
    public static TestSite Materialize(string set, string name)
    {
        var site = new TestSite();
        foreach (var folder in name == "base" ? ["base"] : new[] { "base", name })
        {
            var content = Path.Combine(Root, set, folder, "content");
            if (!Directory.Exists(content))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories))
            {
                site.WriteBytes(Path.GetRelativePath(content, file), File.ReadAllBytes(file));
            }
        }

        var removed = Path.Combine(Root, set, name, "removed.txt");
        foreach (var path in File.Exists(removed) ? File.ReadAllLines(removed).Where(l => l.Trim().Length > 0) : [])
        {
            var full = Path.Combine(site.ContentDir, path.Trim());
            Assert.True(File.Exists(full), $"{set}/{name}/removed.txt names {path}, which the base does not have");
            File.Delete(full);
        }

        return site;
    }
}
