using System.IO.Compression;
using System.Text;
using ItaSite.Generator.Pipeline;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Speed;

/// <summary>A mini-site big enough for parallel work: the basics, some items with evidence, two measures and many plain pages.</summary>
internal static class SpeedSites
{
    public static TestSite Create(int plainPages = 80)
    {
        var site = TestSite.WithBasics();
        site.Write("oit/2566/o1.md", TestSite.Item("O1", "evidence:\n  c1: /qa/\n", "## โครงสร้างองค์กร\n\nแผนผังโครงสร้าง\n"));
        site.Write("oit/2566/o2.md", TestSite.Item("O2", body: "ข้อมูลผู้บริหาร [ถาม-ตอบ](/qa/)\n"));
        site.Write("oit/2566/o42.md", TestSite.Item("O42", "include: [measures]\n"));
        site.Write("measures/2566/m1.md", "---\nmeasure: 1\ntitle: เปิดเผยข้อมูลการจัดซื้อจัดจ้าง\nindicators: [O1, O42]\nstatus: in-progress\n---\nรายละเอียดมาตรการ\n");
        site.Write("measures/2566/m2.md", "---\nmeasure: 2\ntitle: ลดขั้นตอนการให้บริการ\nindicators: [O2]\n---\nรายละเอียด\n");
        for (var i = 0; i < plainPages; i++)
        {
            site.Write($"pages/news/n{i:D3}.md", $"---\ntitle: ข่าวประชาสัมพันธ์ฉบับที่ {i}\n---\n## หัวข้อ {i}\n\n| ลำดับ | รายการ |\n|---|---|\n| {i} | จัดซื้อวัสดุสำนักงาน |\n\nดู [ถาม-ตอบ](/qa/) และ [ข่าวก่อนหน้า](n{Math.Max(0, i - 1):D3}.md)\n");
        }

        return site;
    }

    /// <summary>Every output file by relative path, as bytes (assets read from their source).</summary>
    public static SortedDictionary<string, byte[]> Bytes(IEnumerable<ItaSite.Generator.Output.OutputFile> files) =>
        new(files.ToDictionary(f => f.RelativePath, f => f.Content ?? File.ReadAllBytes(f.CopyFrom!)), StringComparer.Ordinal);

    /// <summary>Asserts that a session build succeeded and published exactly the bytes a from-scratch build of the same content does.</summary>
    public static async Task AssertEqualsFromScratch(TestSite site, SessionBuild build)
    {
        Assert.True(build.Result.Succeeded, string.Join("\n", build.Result.Diagnostics.Sorted()));
        var scratch = await new SiteBuilder(BuildSessionTests.Options(site) with { WriteOutput = false }).BuildAsync();
        Assert.True(scratch.Succeeded, string.Join("\n", scratch.Diagnostics.Sorted()));
        var expected = Bytes(scratch.Files);
        var actual = Bytes(build.Result.Files);
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(actual[kv.Key]), $"{kv.Key} differs from a from-scratch build"));
    }

    /// <summary>A session that has made its first build, which succeeded.</summary>
    public static async Task<BuildSession> Started(TestSite site)
    {
        var session = new BuildSession(BuildSessionTests.Options(site));
        var first = await session.BuildAsync([]);
        Assert.True(first.Result.Succeeded, string.Join("\n", first.Result.Diagnostics.Sorted()));
        return session;
    }

    /// <summary>The full path of a content file, as the watcher reports it.</summary>
    public static string Full(TestSite site, string contentPath) => Path.GetFullPath(Path.Combine(site.ContentDir, contentPath));

    /// <summary>An output file of the session's last build, as text.</summary>
    public static string Html(BuildSession session, string path) => Encoding.UTF8.GetString(session.Find(path)!.Content!);

    /// <summary>A gzip output file of the session's last build, decompressed, as text.</summary>
    public static string Gunzip(BuildSession session, string path)
    {
        using var gzip = new GZipStream(new MemoryStream(session.Find(path)!.Content!), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
