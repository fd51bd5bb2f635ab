using AngleSharp.Html.Parser;

namespace ItaSite.Tests.Support;

/// <summary>Resolves every relative href/src of every HTML file of an output folder and lists those whose target is missing.</summary>
public static class LinkWalker
{
    public static List<string> BrokenInternalLinks(string outputDir)
    {
        var parser = new HtmlParser();
        var broken = new List<string>();
        foreach (var file in Directory.EnumerateFiles(outputDir, "*.html", SearchOption.AllDirectories))
        {
            if (Path.GetFileName(file) == "404.html")
            {
                continue; // links from the base path, checked separately
            }

            var document = parser.ParseDocument(File.ReadAllText(file));
            var ids = document.QuerySelectorAll("[id]").Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var element in document.QuerySelectorAll("a[href], link[href], script[src], img[src]"))
            {
                var target = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (target.Contains(':', StringComparison.Ordinal) || target.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                if (target.StartsWith('#'))
                {
                    if (target.Length > 1 && !ids.Contains(Uri.UnescapeDataString(target[1..])))
                    {
                        broken.Add($"{Path.GetRelativePath(outputDir, file)} -> {target}");
                    }

                    continue;
                }

                var path = target.Split('#', '?')[0];
                var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, Uri.UnescapeDataString(path)));
                if (path.EndsWith('/') || path.Length == 0 || path == ".")
                {
                    full = Path.Combine(full, "index.html");
                }

                if (!File.Exists(full))
                {
                    broken.Add($"{Path.GetRelativePath(outputDir, file)} -> {target}");
                }
            }
        }

        return broken;
    }
}
