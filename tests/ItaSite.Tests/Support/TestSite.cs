using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Pipeline;

namespace ItaSite.Tests.Support;

/// <summary>
/// An inline mini-site in a temporary folder (Hugo's integration-test style): write files, build, then assert on the output
/// HTML with AngleSharp. Deleted on dispose.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string MinimalSiteYaml = """
        name: องค์การบริหารส่วนตำบลทดสอบ
        short_name: อบต.ทดสอบ
        type: องค์การบริหารส่วนตำบล
        base_url: https://www.example.go.th/ita/
        assessment_years: [2566]
        current_year: 2566
        address: 99 หมู่ 1 ตำบลทดสอบ อำเภอเมือง จังหวัดขอนแก่น 40000
        phones: ["0 4300 0000"]
        email: saraban@example.go.th
        complaints:
          anti_corruption:
            title: แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ
            page: /complaints/corruption/
          general:
            title: ร้องเรียน/ร้องทุกข์ทั่วไป
            page: /complaints/
          national:
            - { name: สำนักงาน ป.ป.ช., phone: "1205", url: https://www.nacc.go.th/ }
        """;

    private static readonly HtmlParser Parser = new();

    public TestSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "itasite-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(ContentDir);
    }

    public string Root { get; }

    public string ContentDir => Path.Combine(Root, "content");

    public string OutputDir => Path.Combine(Root, "output");

    /// <summary>A site with site.yaml, the complaint pages, a Q&amp;A page and a home page.</summary>
    public static TestSite WithBasics()
    {
        var site = new TestSite();
        site.Write("site.yaml", MinimalSiteYaml);
        site.Write("pages/index.md", "---\ntitle: หน้าแรก\n---\nยินดีต้อนรับสู่ศูนย์ข้อมูลข่าวสาร\n");
        site.Write("pages/complaints.md", "---\ntitle: ร้องเรียนทั่วไป\nmenu: 2\n---\nแจ้งเรื่องร้องเรียนทั่วไปได้ที่สำนักปลัด\n");
        site.Write("pages/complaints/corruption.md", "---\ntitle: แจ้งเรื่องร้องเรียนการทุจริต\n---\nช่องทางนี้แยกจากเรื่องร้องเรียนทั่วไป\n");
        site.Write("pages/qa.md", "---\ntitle: ถาม-ตอบ\nmenu: 1\n---\n## คำถามที่พบบ่อย\n\nถาม: ติดต่ออย่างไร\n");
        return site;
    }

    public TestSite Write(string contentPath, string text)
    {
        var full = Path.Combine(ContentDir, contentPath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    public TestSite WriteBytes(string contentPath, byte[] bytes)
    {
        var full = Path.Combine(ContentDir, contentPath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    public static string Item(string code, string extraFrontMatter = "", string body = "เนื้อหาของข้อนี้\n") =>
        $"---\nindicator: {code}\nstatus: done\nresponsible: สำนักปลัด\nupdated: 2023-03-15\n{extraFrontMatter}---\n{body}";

    public Task<BuildResult> BuildAsync(bool write = true, string? pdfToText = "pdftotext") =>
        TestBuilds.BuildAsync(TestBuilds.Writing(ContentDir, OutputDir) with { DisplayOutput = "output", WriteOutput = write, PdfToText = pdfToText });

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(OutputDir, relativePath));

    public IHtmlDocument Html(string relativePath) => Parser.ParseDocument(ReadOutput(relativePath));

    public IEnumerable<string> OutputHtmlFiles() =>
        Directory.EnumerateFiles(OutputDir, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(OutputDir, f).Replace('\\', '/'));

    public static string Lines(BuildResult result) => string.Join("\n", result.Diagnostics.Sorted());

    public static IEnumerable<Diagnostic> Errors(BuildResult result) => result.Diagnostics.Sorted().Where(d => d.Severity == Severity.Error);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
