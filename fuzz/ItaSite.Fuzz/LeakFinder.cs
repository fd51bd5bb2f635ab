using AngleSharp.Html.Parser;

namespace ItaSite.Fuzz;

/// <summary>
/// The "nothing hostile is published" oracle: parses HTML as a browser would and reports script that is not the theme's own
/// file, event-handler attributes, script URLs, iframes to hosts the fuzzed site does not allow, and plug-in elements.
/// A cheap text check runs first so most pages are not parsed.
/// </summary>
public static class LeakFinder
{
    private static readonly string[] Suspicious = ["<script", " on", "javascript:", "vbscript:", "data:", "<iframe", "<object", "<embed"];

    public static string? Find(string html)
    {
        if (!Suspicious.Any(s => html.Contains(s, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.All)
        {
            var name = element.LocalName;
            if (name == "script" && !(element.GetAttribute("src") ?? string.Empty).Contains("assets/", StringComparison.Ordinal))
            {
                return "inline <script>";
            }

            if (name is "object" or "embed" or "applet" or "base" || (name == "meta" && element.HasAttribute("http-equiv") && element.GetAttribute("http-equiv") != "Content-Security-Policy"))
            {
                return $"<{name}>";
            }

            if (name == "iframe" && !(element.GetAttribute("src") ?? string.Empty).StartsWith("https://www.youtube-nocookie.com/", StringComparison.Ordinal))
            {
                return $"<iframe src={element.GetAttribute("src")}>";
            }

            foreach (var attribute in element.Attributes)
            {
                var value = new string([.. attribute.Value.Where(c => c > ' ')]).ToLowerInvariant();
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    return $"<{name} {attribute.Name}>";
                }

                if (value.StartsWith("javascript:", StringComparison.Ordinal) || value.StartsWith("vbscript:", StringComparison.Ordinal)
                    || (value.StartsWith("data:", StringComparison.Ordinal) && !value.StartsWith("data:image/png", StringComparison.Ordinal)
                        && !value.StartsWith("data:image/jpeg", StringComparison.Ordinal) && !value.StartsWith("data:image/gif", StringComparison.Ordinal)
                        && !value.StartsWith("data:image/webp", StringComparison.Ordinal)))
                {
                    return $"<{name} {attribute.Name}={attribute.Value}>";
                }
            }
        }

        return null;
    }
}
