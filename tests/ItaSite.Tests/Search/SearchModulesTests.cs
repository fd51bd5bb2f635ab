using System.Text;
using System.Text.RegularExpressions;
using ItaSite.Themes.Default;

namespace ItaSite.Tests.Search;

/// <summary>
/// search.js loads the rest of the search as ES modules from beside it; a module the theme does not publish breaks the search
/// page only in a browser, so the theme's asset list is checked here: every relative import of every published script names a
/// published asset, and every search module is reached from search.js.
/// </summary>
public sealed partial class SearchModulesTests
{
    [GeneratedRegex(@"(?:\bfrom\s*|\bimport\s*\(\s*)""(\./[^""]+)""|^\s*import\s+""(\./[^""]+)""", RegexOptions.Multiline)]
    private static partial Regex RelativeImport();

    [Fact]
    public void Every_module_search_js_imports_is_a_published_asset_and_every_search_module_is_reached()
    {
        var assets = DefaultTheme.Create().Assets.ToDictionary(a => a.Name, a => Encoding.UTF8.GetString(a.Content));
        var reached = new HashSet<string>(StringComparer.Ordinal) { "search.js" };
        var queue = new Queue<string>(reached);
        while (queue.TryDequeue(out var name))
        {
            foreach (Match m in RelativeImport().Matches(assets[name]))
            {
                var target = (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value)[2..];
                Assert.True(assets.ContainsKey(target), $"{name} imports ./{target}, which the theme does not publish");
                if (reached.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        var modules = assets.Keys.Where(n => n.StartsWith("search", StringComparison.Ordinal) && n.EndsWith(".js", StringComparison.Ordinal)).ToList();
        Assert.True(modules.Count >= 6, string.Join(", ", modules));
        Assert.Empty(modules.Except(reached));
    }
}
