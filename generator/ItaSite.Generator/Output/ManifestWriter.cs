using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ItaSite.Generator.Content;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Output;

/// <summary>Writes <c>oit/manifest.json</c>: every item of every year with its status, page path and absolute URL.</summary>
public static class ManifestWriter
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static OutputFile Write(SiteModel site)
    {
        var manifest = new
        {
            Site = site.Config.Name,
            BaseUrl = site.Config.BaseUrl.ToString(),
            Years = site.Frameworks.Values.OrderBy(f => f.Year).Select(f => new
            {
                f.Year,
                Framework = f.Title,
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
                        Updated = page?.Page.Updated?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                        Path = path.Value,
                        Url = new Uri(site.Config.BaseUrl, path.Value.TrimStart('/')).ToString(),
                    };
                }),
            }),
        };
        return OutputFile.Text("oit/manifest.json", JsonSerializer.Serialize(manifest, JsonOptions) + "\n");
    }
}
