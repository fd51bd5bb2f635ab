using ItaSite.Generator.Output;

namespace ItaSite.Tests.Output;

/// <summary>
/// <see cref="SitePath.RelativeFrom"/> compares the paths in place instead of splitting them: for random page and file paths
/// (shared prefixes, a segment that is a prefix of another, the root, empty segments) it must give what splitting gives.
/// </summary>
public class SitePathTests
{
    private static readonly string[] Segments = ["a", "ab", "b", "oit", "2566", "o17", "files", "p1.pdf", "ก", "ข้อ"];

    [Fact]
    public void Relative_references_equal_those_made_by_splitting_the_paths()
    {
        var random = new Random(12);
        for (var i = 0; i < 50_000; i++)
        {
            var from = new SitePath(RandomPath(random));
            var to = new SitePath(RandomPath(random));
            Assert.Equal(BySplitting(to, from), to.RelativeFrom(from));
        }
    }

    [Theory]
    [InlineData("/", "/", "./")]
    [InlineData("/a/", "/a/", "./")]
    [InlineData("/ab/", "/a/", "../ab/")]
    [InlineData("/a/b.css", "/a/", "b.css")]
    [InlineData("/a/b.css", "/a/c.css", "b.css")]
    [InlineData("/oit/2566/o17/", "/pages//x/", "../../oit/2566/o17/")]
    public void Known_references(string to, string from, string expected) =>
        Assert.Equal(expected, new SitePath(to).RelativeFrom(new SitePath(from)));

    private static string RandomPath(Random random)
    {
        var parts = Enumerable.Range(0, random.Next(0, 5)).Select(_ => random.Next(12) == 0 ? string.Empty : Segments[random.Next(Segments.Length)]);
        var path = "/" + string.Join('/', parts);
        return random.Next(2) == 0 ? (path.EndsWith('/') ? path : path + "/") : path;
    }

    // The former implementation: split both paths into their non-empty segments.
    private static string BySplitting(SitePath to, SitePath from)
    {
        var fromDir = from.IsPage ? from.Value : from.Value[..(from.Value.LastIndexOf('/') + 1)];
        var fromParts = fromDir.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var toParts = to.Value.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        var toDirCount = to.IsPage ? toParts.Length : toParts.Length - 1;
        while (common < fromParts.Length && common < toDirCount && fromParts[common] == toParts[common])
        {
            common++;
        }

        var result = string.Concat(Enumerable.Repeat("../", fromParts.Length - common)) + string.Join('/', toParts.Skip(common)) + (to.IsPage && toParts.Length > common ? "/" : string.Empty);
        return result.Length == 0 ? "./" : result;
    }
}
