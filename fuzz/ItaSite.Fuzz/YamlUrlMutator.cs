using System.Text;
using System.Text.RegularExpressions;

namespace ItaSite.Fuzz;

/// <summary>
/// Puts hostile URLs, written every way a browser might still read as a scheme, into the URL-bearing keys of site.yaml and data
/// files (social, complaint and hotline URLs, ITAS links, websites, e-mail addresses, photos, pages).
/// </summary>
public static partial class YamlUrlMutator
{
    private static readonly string[] Urls =
    [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "\" javascript:alert(1)\"", "\"java\\tscript:alert(1)\"", "\"java\\u0000script:alert(1)\"",
        "javascript&#58;alert(1)", "javascript&colon;alert(1)", "&#x6A;avascript:alert(1)", "%6Aavascript:alert(1)", "javascript%3Aalert(1)",
        "%256Aavascript%253Aalert(1)", "ｊａｖａｓｃｒｉｐｔ：alert(1)", "\"java\\u200Bscript:alert(1)\"", "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>", "\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"", "file:///etc/passwd",
        "x@example.go.th?bcc=all@example.go.th", "\"javascript:alert(1)//@x.go.th\"", "../../../../etc/passwd", "//evil.example/",
        "https://ok.example.go.th/", "mailto:saraban@example.go.th", "tel:1205",
    ];

    public static byte[] Mutate(Random random, byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var matches = UrlKey().Matches(text);
        if (matches.Count == 0)
        {
            return input;
        }

        var match = matches[random.Next(matches.Count)];
        var value = match.Groups["value"];
        var url = Urls[random.Next(Urls.Length)];
        return Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, value.Index), url, text.AsSpan(value.Index + value.Length)));
    }

    [GeneratedRegex(@"\b(url|website|eit_url|iit_url|email|photo|page|file|c\d+|main_site|logo):[ \t]*(?<value>[^\s,}\]]+)")]
    private static partial Regex UrlKey();
}
