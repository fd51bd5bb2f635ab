using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Yaml;

namespace ItaSite.Generator.Data.Loading;

/// <summary>Reads a <c>kind: news</c> data file: <c>entries: [{date, title, summary, page | url}]</c>.</summary>
public static class NewsParser
{
    public static NewsSet Parse(YamlMap map, string id, string title, DiagnosticBag diagnostics)
    {
        var entries = new List<NewsEntry>();
        foreach (var e in map.MapList("entries", required: true))
        {
            var date = e.Date("date", required: true);
            var entryTitle = e.String("title", required: true);
            var page = e.String("page");
            var url = e.String("url");
            if (page is not null && url is not null)
            {
                diagnostics.Error(DiagnosticCodes.NewsLink, e.SpanOf("url"), "a news entry links either to a 'page' of the site or to a 'url', not both (ระบุได้อย่างใดอย่างหนึ่ง)");
                url = null;
            }

            if (url is not null && !IsWebUrl(url))
            {
                diagnostics.Error(DiagnosticCodes.NewsLink, e.SpanOf("url"), $"'url' must be an absolute http:// or https:// address, got '{url}' (ลิงก์ต้องขึ้นต้นด้วย https://)");
                url = null;
            }

            if (date is { } day && entryTitle is not null)
            {
                entries.Add(new NewsEntry(day, entryTitle, e.String("summary"), page, url, e.Span));
            }

            e.WarnUnknownKeys("a news entry");
        }

        return new NewsSet(id, title, map.Span, entries);
    }

    private static bool IsWebUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !string.IsNullOrEmpty(uri.Host);
}
