using System.Text.RegularExpressions;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Yaml;

namespace ItaSite.Generator.Publishing;

/// <summary>
/// Reads URLs, e-mail addresses and file references from YAML (site.yaml, data files, front matter) through the one
/// <see cref="UrlPolicy"/>: a value it refuses is an error at the value's line and column and is never returned, so no
/// template can publish it.
/// </summary>
public static partial class YamlUrls
{
    /// <summary>A link (https, http, mailto, tel or a path of the site); null when missing or refused (ITA3006).</summary>
    public static string? Url(this YamlMap map, string key, bool required = false)
    {
        var text = map.String(key, required);
        if (text is null)
        {
            return null;
        }

        return Check(text, map.SpanOf(key), map.Diagnostics) ? text : null;
    }

    /// <summary>Whether <paramref name="url"/> passes the URL policy; reports ITA3006 at <paramref name="span"/> when it does not.</summary>
    public static bool Check(string url, SourceSpan span, DiagnosticBag diagnostics)
    {
        var verdict = UrlPolicy.Classify(url);
        if (verdict.Allowed)
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.UnsafeLink, span, $"URL '{Short(url)}' uses the scheme '{verdict.Scheme}:', which is not allowed; only https, http, mailto, tel and paths of the site are published (ลิงก์ไม่ปลอดภัย ไม่อนุญาตให้เผยแพร่)");
        return false;
    }

    /// <summary>
    /// A plain e-mail address (the theme writes <c>mailto:</c> in front of it); null when missing or not one address (ITA3015):
    /// no scheme, no spaces or control characters, no <c>?</c> headers, one <c>@</c>.
    /// </summary>
    public static string? Email(this YamlMap map, string key, bool required = false)
    {
        var text = map.String(key, required);
        if (text is null)
        {
            return null;
        }

        if (PlainEmail().IsMatch(text) && !text.Any(char.IsControl))
        {
            return text;
        }

        map.Diagnostics.Error(DiagnosticCodes.InvalidEmail, map.SpanOf(key), $"'{Short(text)}' is not one plain e-mail address such as saraban@example.go.th (ที่อยู่อีเมลไม่ถูกต้อง)");
        return null;
    }

    /// <summary>
    /// A file of the content folder written as a path (a photo, a logo): refused schemes are ITA3006, web addresses ITA1004
    /// (the file must be in content/ so the file policy can check it); null then.
    /// </summary>
    public static string? FilePath(this YamlMap map, string key, bool required = false)
    {
        var text = map.String(key, required);
        if (text is null)
        {
            return null;
        }

        var span = map.SpanOf(key);
        if (!Check(text, span, map.Diagnostics))
        {
            return null;
        }

        if (UrlPolicy.Classify(text).Kind != UrlKind.Relative)
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, span, $"'{key}' must be a file in the content folder (a path such as photos/name.jpg), not the address '{Short(text)}' (ต้องเป็นไฟล์ในโฟลเดอร์ content)");
            return null;
        }

        return text;
    }

    private static string Short(string value) => value.Length <= 80 ? value : value[..80] + "…";

    // Local part and domain without spaces, quotes, angle brackets, colons, slashes or '?': one address, nothing a mailto: URL
    // would read as headers or a second recipient.
    [GeneratedRegex(@"^[^\s@<>""'():;,\\/?#&%\[\]]+@[^\s@<>""'():;,\\/?#&%\[\]]+\.[^\s@<>""'():;,\\/?#&%\[\].]+$")]
    private static partial Regex PlainEmail();
}
