using ItaSite.Generator.Theming;
using ItaSite.Themes.Default.Layouts;

namespace ItaSite.Themes.Default;

/// <summary>The default theme: Razor layouts per page kind and the embedded CSS/JS assets.</summary>
public static class DefaultTheme
{
    private const string AssetPrefix = "ItaSite.Themes.Default.assets.";

    public static Theme Create()
    {
        var assembly = typeof(DefaultTheme).Assembly;
        var assets = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(AssetPrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                return new ThemeAsset(n[AssetPrefix.Length..].Replace('\\', '/'), buffer.ToArray());
            })
            .ToList();

        var layouts = new Dictionary<PageKind, Type>
        {
            [PageKind.Home] = typeof(HomeLayout),
            [PageKind.Page] = typeof(PageLayout),
            [PageKind.OitIndex] = typeof(OitIndexLayout),
            [PageKind.Item] = typeof(ItemLayout),
            [PageKind.Measure] = typeof(MeasureLayout),
            [PageKind.Search] = typeof(SearchLayout),
            [PageKind.NotFound] = typeof(NotFoundLayout),
            [PageKind.Years] = typeof(YearsLayout),
        };
        return new Theme("default", layouts, assets);
    }
}
