using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ItaSite.Generator.Content;
using ItaSite.Generator.Framework;
using ItaSite.Generator.Output;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Assemble;

/// <summary>
/// Writes <c>oit/manifest.json</c> (every item of every year with its status, page path and absolute URL, and which year is
/// current) and <c>oit/&lt;year&gt;/manifest.json</c> (the same for one year), so each year's list stands on its own.
/// </summary>
public static class ManifestWriter
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>The site manifest and one manifest per year.</summary>
    public static IEnumerable<OutputFile> WriteAll(SiteModel site)
    {
        yield return Write(site);
        foreach (var framework in site.Frameworks.Values.OrderBy(f => f.Year))
        {
            var manifest = new { Site = site.Config.Name, BaseUrl = site.Config.BaseUrl.ToString(), Year = YearOf(site, framework) };
            yield return OutputFile.Text($"oit/{framework.Year.ToString(CultureInfo.InvariantCulture)}/manifest.json", JsonSerializer.Serialize(manifest, JsonOptions) + "\n");
        }
    }

    public static OutputFile Write(SiteModel site)
    {
        var manifest = new
        {
            Site = site.Config.Name,
            BaseUrl = site.Config.BaseUrl.ToString(),
            CurrentYear = site.Years.Current,
            Years = site.Frameworks.Values.OrderBy(f => f.Year).Select(f => YearOf(site, f)),
        };
        return OutputFile.Text("oit/manifest.json", JsonSerializer.Serialize(manifest, JsonOptions) + "\n");
    }

    private static object YearOf(SiteModel site, IndicatorFramework f) => new
    {
        f.Year,
        State = f.Year == site.Years.Current ? "current" : site.Years.IsDraft(f.Year) ? "draft" : site.Years.IsArchive(f.Year) ? "archive" : "published",
        Framework = f.Title,
        Itas = $"oit/{f.Year.ToString(CultureInfo.InvariantCulture)}/itas.csv",
        Items = f.Items.Select(i =>
        {
            var page = site.FindItem(f.Year, i.Code);
            var path = SiteModel.ItemPath(f.Year, i.Code);
            return new
            {
                Code = i.Code.ToString(),
                Title = page?.Title ?? i.Title,
                SubIndicator = i.SubIndicator.Id,
                Status = (page?.Page.Status ?? PageStatus.NotStarted).Key(),
                HasPage = page is not null,
                Updated = page?.Page.Updated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Path = path.Value,
                Url = new Uri(site.Config.BaseUrl, path.Value.TrimStart('/')).ToString(),
            };
        }),
    };
}
