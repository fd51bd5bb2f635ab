using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
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
        TypeInfoResolver = ManifestJsonContext.Default,
    };

    /// <summary>The site manifest and one manifest per year.</summary>
    public static IEnumerable<OutputFile> WriteAll(SiteModel site)
    {
        yield return Write(site);
        foreach (var framework in site.Frameworks.Values.OrderBy(f => f.Year))
        {
            var manifest = new YearManifest(site.Config.Name, site.Config.BaseUrl.ToString(), YearOf(site, framework));
            yield return OutputFile.Text($"oit/{framework.Year.ToString(CultureInfo.InvariantCulture)}/manifest.json", JsonSerializer.Serialize(manifest, JsonOptions) + "\n");
        }
    }

    public static OutputFile Write(SiteModel site)
    {
        var manifest = new SiteManifest(
            site.Config.Name,
            site.Config.BaseUrl.ToString(),
            site.Years.Current,
            site.Frameworks.Values.OrderBy(f => f.Year).Select(f => YearOf(site, f)).ToList());
        return OutputFile.Text("oit/manifest.json", JsonSerializer.Serialize(manifest, JsonOptions) + "\n");
    }

    private static ManifestYear YearOf(SiteModel site, IndicatorFramework f) => new(
        f.Year,
        f.Year == site.Years.Current ? "current" : site.Years.IsDraft(f.Year) ? "draft" : site.Years.IsArchive(f.Year) ? "archive" : "published",
        f.Title,
        $"oit/{f.Year.ToString(CultureInfo.InvariantCulture)}/itas.csv",
        f.Items.Select(i =>
        {
            var page = site.FindItem(f.Year, i.Code);
            var path = SiteModel.ItemPath(f.Year, i.Code);
            return new ManifestItem(
                i.Code.ToString(),
                page?.Title ?? i.Title,
                i.SubIndicator.Id,
                (page?.Page.Status ?? PageStatus.NotStarted).Key(),
                page is not null,
                page?.Page.Updated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                path.Value,
                new Uri(site.Config.BaseUrl, path.Value.TrimStart('/')).ToString());
        }).ToList());
}

// The manifests' shapes, property order as written; names become snake_case (JsonOptions).
internal sealed record SiteManifest(string Site, string BaseUrl, int CurrentYear, IReadOnlyList<ManifestYear> Years);

internal sealed record YearManifest(string Site, string BaseUrl, ManifestYear Year);

internal sealed record ManifestYear(int Year, string State, string Framework, string Itas, IReadOnlyList<ManifestItem> Items);

internal sealed record ManifestItem(
    string Code, string Title, string SubIndicator, string Status, bool HasPage, string? Updated, string Path, string Url);

/// <summary>Source-generated metadata: the reflection serializer emits and JIT-compiles its accessors on every build.</summary>
[JsonSerializable(typeof(SiteManifest))]
[JsonSerializable(typeof(YearManifest))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
