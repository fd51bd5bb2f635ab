using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Checking;

/// <summary>
/// The pages site.yaml names for the complaint channels: a page that does not exist would silently drop the channel's link
/// from every page, so it is reported like any broken link.
/// </summary>
public static class SiteYamlLinks
{
    public static void Check(SiteModel site, DiagnosticBag diagnostics)
    {
        if (site.Content.SiteFile is not { } file)
        {
            return;
        }

        foreach (var (key, channel) in new[] { ("anti_corruption", site.Config.AntiCorruption), ("general", site.Config.GeneralComplaints) })
        {
            if (string.IsNullOrWhiteSpace(channel.Page) || site.FindPage(channel.Page) is not null)
            {
                continue;
            }

            diagnostics.Error(DiagnosticCodes.SiteLinkBroken, Locate(file, key, channel.Page),
                $"complaints.{key}.page '{channel.Page}' is not a page of the site, so the channel \"{channel.Title}\" would lose its link on every page (ไม่พบหน้าที่ระบุในช่องทางร้องเรียน \"{channel.Title}\" ลิงก์จะหายไปจากทุกหน้า)");
        }
    }

    private static SourceSpan Locate(SourceFile file, string key, string page)
    {
        var lines = file.Text.Split('\n');
        var inKey = false;
        for (var i = 0; i < lines.Length; i++)
        {
            inKey = inKey || lines[i].TrimStart().StartsWith(key + ":", StringComparison.Ordinal);
            if (inKey && lines[i].TrimStart().StartsWith("page:", StringComparison.Ordinal) && lines[i].Contains(page, StringComparison.Ordinal))
            {
                return new SourceSpan(file.DisplayPath, i + 1, lines[i].IndexOf("page:", StringComparison.Ordinal) + 7);
            }
        }

        return new SourceSpan(file.DisplayPath, 1, 1);
    }
}
