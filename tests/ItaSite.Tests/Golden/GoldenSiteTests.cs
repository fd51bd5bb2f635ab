using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using ItaSite.Generator.Pipeline;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Golden;

/// <summary>
/// The whole published site of the example fixture, file by file, against tests/Fixtures/Example/golden.txt. Any change to
/// the output shows up here; when the change is intended, accept it with <c>ITASITE_ACCEPT_GOLDEN=1 dotnet test --filter
/// GoldenSiteTests</c> and commit the new golden.txt with the change.
/// </summary>
public sealed class GoldenSiteTests
{
    private static string GoldenPath => Path.Combine(RepoPaths.Fixtures, "Example", "golden.txt");

    [Fact]
    public async Task Example_fixture_output_matches_the_golden_snapshot()
    {
        using var scratch = new TestSite();
        var result = await TestBuilds.BuildAsync(TestBuilds.Writing(RepoPaths.ExampleContent, scratch.OutputDir) with
        {
            DisplayOutput = "output",
            // PDF text depends on the installed poppler version; the PDF tests cover it. Without it the snapshot is the same
            // on every machine.
            PdfToText = null,
        }, TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, TestSite.Lines(result));

        var actual = Snapshot(scratch.OutputDir);
        if (Environment.GetEnvironmentVariable("ITASITE_ACCEPT_GOLDEN") == "1")
        {
            File.WriteAllText(GoldenPath, Render(actual));
            return;
        }

        Assert.True(File.Exists(GoldenPath), $"no golden snapshot at {GoldenPath}; create it with ITASITE_ACCEPT_GOLDEN=1");
        var expected = Parse(File.ReadAllText(GoldenPath));
        var differences = Compare(expected, actual);
        Assert.True(differences.Count == 0,
            $"the output differs from tests/Fixtures/Example/golden.txt in {differences.Count} file(s):\n" + string.Join("\n", differences) +
            "\nIf the change is intended: ITASITE_ACCEPT_GOLDEN=1 dotnet test --filter GoldenSiteTests, and commit golden.txt.");
    }

    /// <summary>Each output file's relative path, size and SHA-256 (of the decompressed text for .gz files: the compressed
    /// bytes may differ between zlib builds while the content the browser reads does not).</summary>
    private static SortedDictionary<string, string> Snapshot(string dir)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            if (file.EndsWith(".gz", StringComparison.Ordinal))
            {
                using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
                using var plain = new MemoryStream();
                gzip.CopyTo(plain);
                bytes = plain.ToArray();
            }

            entries[Path.GetRelativePath(dir, file).Replace('\\', '/')] = $"{bytes.Length} {Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant()}";
        }

        return entries;
    }

    private static string Render(SortedDictionary<string, string> entries)
    {
        var text = new StringBuilder("# path size sha256 — the example fixture's build (tests/ItaSite.Tests/Golden/GoldenSiteTests.cs)\n");
        foreach (var (path, value) in entries)
        {
            text.Append(path).Append(' ').Append(value).Append('\n');
        }

        return text.ToString();
    }

    private static SortedDictionary<string, string> Parse(string text)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var space = line.IndexOf(' ', StringComparison.Ordinal);
            entries[line[..space]] = line[(space + 1)..];
        }

        return entries;
    }

    private static List<string> Compare(SortedDictionary<string, string> expected, SortedDictionary<string, string> actual)
    {
        var differences = new List<string>();
        foreach (var path in expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal))
        {
            var had = expected.TryGetValue(path, out var before);
            var has = actual.TryGetValue(path, out var now);
            if (!had)
            {
                differences.Add("  added:   " + path);
            }
            else if (!has)
            {
                differences.Add("  missing: " + path);
            }
            else if (before != now)
            {
                differences.Add("  changed: " + path);
            }
        }

        return differences;
    }
}
