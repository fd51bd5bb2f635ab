using System.Globalization;
using System.Text;
using ItaSite.Generator.Framework;

namespace ItaSite.Cli.NewSite;

/// <summary>What <c>itasite new</c> puts into a site: the agency, its type and the assessment year whose items get pages.</summary>
public sealed record ScaffoldSettings(string Name, string ShortName, string AgencyType, IndicatorFramework Framework, string ToolVersion, DateOnly Today);

/// <summary>
/// The files of a new site folder, as (relative path, text). The fixed files are embedded templates (<c>NewSite/template/</c>)
/// with <c>{{name}}</c>-style placeholders; the item pages come from the framework's data, one per item, not started.
/// </summary>
public static class SiteScaffold
{
    private const string ResourcePrefix = "ItaSite.Cli.NewSite.template.";

    /// <summary>Template resource → path in the new site.</summary>
    private static readonly (string Resource, string Path)[] Templates =
    [
        ("site.yaml", "content/site.yaml"),
        ("pages/index.md", "content/pages/index.md"),
        ("pages/qa.md", "content/pages/qa.md"),
        ("pages/privacy.md", "content/pages/privacy.md"),
        ("pages/complaints.md", "content/pages/complaints.md"),
        ("pages/complaints/corruption.md", "content/pages/complaints/corruption.md"),
        ("news.yaml", "content/data/news.yaml"),
        ("README.md", "README.md"),
        ("gitignore", ".gitignore"),
        ("site.yml", ".github/workflows/site.yml"),
        ("nuget.config", "nuget.config"),
        ("dotnet-tools.json", ".config/dotnet-tools.json"),
        ("upload.sh", "deploy/upload.sh"),
    ];

    public static IEnumerable<(string Path, string Text)> Files(ScaffoldSettings settings)
    {
        foreach (var (resource, path) in Templates)
        {
            yield return (path, Fill(Template(resource), settings));
        }

        foreach (var item in settings.Framework.Items)
        {
            yield return ($"content/oit/{Year(settings)}/o{item.Code.Number.ToString("00", CultureInfo.InvariantCulture)}.md", ItemPage(settings, item));
        }
    }

    private static string ItemPage(ScaffoldSettings settings, FrameworkItem item)
    {
        var text = new StringBuilder("---\n");
        text.Append(CultureInfo.InvariantCulture, $"# {item.Code} {OneLine(item.Title)} (ITA {Year(settings)})\n");
        text.Append("# องค์ประกอบด้านข้อมูลที่ผู้ประเมินตรวจ (ระบุใน evidence: ว่าแต่ละข้ออยู่ที่ใด):\n");
        foreach (var component in item.Components)
        {
            text.Append(CultureInfo.InvariantCulture, $"#   {component.Id}: {OneLine(component.Text)}\n");
        }

        text.Append("# เมื่อเริ่มทำ: เขียนเนื้อหาใต้เส้น --- ด้านล่าง เปลี่ยน status เป็น in-progress หรือ done แล้วลบ # หน้าบรรทัดที่ใช้\n");
        text.Append(CultureInfo.InvariantCulture, $"indicator: {item.Code}\n");
        text.Append(CultureInfo.InvariantCulture, $"year: {Year(settings)}\n");
        text.Append("status: not-started\n");
        text.Append("# responsible: สำนักปลัด\n");
        text.Append("# updated: 2026-10-01\n");
        text.Append("# summary: ข้อมูลอยู่ที่ไฟล์แนบและหัวข้อบนหน้านี้\n");
        text.Append("# attachments:\n#   - file: files/ชื่อไฟล์.pdf\n#     title: ชื่อเอกสาร\n");
        text.Append("# evidence:\n");
        foreach (var component in item.Components)
        {
            text.Append(CultureInfo.InvariantCulture, $"#   {component.Id}: files/ชื่อไฟล์.pdf\n");
        }

        text.Append("---\n\nอยู่ระหว่างรวบรวมข้อมูล\n");
        return text.ToString();
    }

    private static string Year(ScaffoldSettings settings) => settings.Framework.Year.ToString(CultureInfo.InvariantCulture);

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Fill(string template, ScaffoldSettings settings) => template
        .Replace("{{name}}", settings.Name, StringComparison.Ordinal)
        .Replace("{{short_name}}", settings.ShortName, StringComparison.Ordinal)
        .Replace("{{type}}", settings.AgencyType, StringComparison.Ordinal)
        .Replace("{{year}}", Year(settings), StringComparison.Ordinal)
        .Replace("{{version}}", settings.ToolVersion, StringComparison.Ordinal)
        .Replace("{{today}}", settings.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static string Template(string resource)
    {
        using var stream = typeof(SiteScaffold).Assembly.GetManifestResourceStream(ResourcePrefix + resource)
            ?? throw new InvalidOperationException($"template {resource} is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
