using System.Collections.Frozen;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html;

namespace ItaSite.Generator.Publishing;

/// <summary>What a URL written in content is, once normalised: a path of the site, or an address with an allowed scheme.</summary>
public enum UrlKind
{
    /// <summary>No scheme: a path, a <c>#fragment</c> or a <c>?query</c>, resolved against the site.</summary>
    Relative,

    /// <summary><c>https:</c>, <c>http:</c> or a network-path reference (<c>//host/…</c>).</summary>
    Web,

    /// <summary><c>mailto:</c>.</summary>
    Mail,

    /// <summary><c>tel:</c>.</summary>
    Phone,

    /// <summary>Any other scheme (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, <c>file:</c>, <c>ftp:</c>…): never published.</summary>
    Refused,
}

/// <summary>The decision about one URL: its kind, the scheme it names (lower case, without ':') and the normalised text decided on.</summary>
public sealed record UrlVerdict(UrlKind Kind, string? Scheme, string Normalized)
{
    public bool Allowed => Kind != UrlKind.Refused;
}

/// <summary>
/// The one URL policy of the site, used for every URL from every source: Markdown and raw HTML links (through
/// <see cref="Site.LinkResolver"/> and the sanitizer), front matter (<c>evidence</c>, <c>attachments</c>), <c>site.yaml</c>
/// and data files (<see cref="YamlUrls"/>). Schemes are allowed by name — https, http, mailto, tel — and everything without a
/// scheme is relative. Before the decision the text is normalised the way a browser (or a sloppy one) might read it: HTML
/// entities and percent-encoding decoded (repeatedly, so double encoding does not hide a scheme), Unicode compatibility forms
/// folded (a full-width colon is a colon), and whitespace, control and invisible format characters removed, then lower-cased.
/// Normalising is stricter than a browser on purpose: a relative path that merely decodes to something scheme-like is refused.
/// </summary>
public static partial class UrlPolicy
{
    /// <summary>The schemes a published URL may have.</summary>
    public static readonly FrozenSet<string> AllowedSchemes = FrozenSet.ToFrozenSet(["https", "http", "mailto", "tel"], StringComparer.Ordinal);

    /// <summary>Decides on one URL as written (in Markdown, HTML attribute value or YAML scalar).</summary>
    public static UrlVerdict Classify(string written)
    {
        var normalized = Normalize(written);
        if (normalized.StartsWith("//", StringComparison.Ordinal) || normalized.StartsWith(@"\\", StringComparison.Ordinal)
            || normalized.StartsWith(@"/\", StringComparison.Ordinal) || normalized.StartsWith(@"\/", StringComparison.Ordinal))
        {
            return new UrlVerdict(UrlKind.Web, null, normalized);
        }

        var match = SchemePrefix().Match(normalized);
        if (!match.Success)
        {
            return new UrlVerdict(UrlKind.Relative, null, normalized);
        }

        var scheme = match.Groups[1].Value;
        var kind = scheme switch
        {
            "https" or "http" => UrlKind.Web,
            "mailto" => UrlKind.Mail,
            "tel" => UrlKind.Phone,
            _ => UrlKind.Refused,
        };
        return new UrlVerdict(kind, scheme, normalized);
    }

    /// <summary>The text the decision is made on (see the class summary).</summary>
    public static string Normalize(string written)
    {
        var text = written;
        for (var round = 0; round < 4; round++)
        {
            var decoded = PercentDecode(HtmlDecode(text));
            if (decoded == text)
            {
                break;
            }

            text = decoded;
        }

        if (!text.IsNormalized(NormalizationForm.FormKC))
        {
            try
            {
                text = text.Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                // Lone surrogates cannot be normalised; they are removed below with the other invisible characters.
            }
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            if (c <= ' ' || char.IsWhiteSpace(c) || category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.OtherNotAssigned || c == '\uFFFD')
            {
                continue;
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    /// <summary>
    /// Decodes character references as an HTML parser does, named ones from HTML5's full table (AngleSharp's: <c>&amp;colon;</c>,
    /// <c>&amp;Tab;</c>, <c>&amp;NewLine;</c>…, with or without the semicolon), then numeric ones.
    /// </summary>
    private static string HtmlDecode(string text)
    {
        if (!text.Contains('&', StringComparison.Ordinal))
        {
            return text;
        }

        var named = NamedReference().Replace(text, m =>
            HtmlEntityProvider.Resolver.GetSymbol(m.Groups[1].Value + ";") ?? HtmlEntityProvider.Resolver.GetSymbol(m.Groups[1].Value) ?? m.Value);
        return WebUtility.HtmlDecode(named);
    }

    /// <summary>Decodes %XX escapes that form valid UTF-8 (invalid sequences are left as they are, never an exception).</summary>
    private static string PercentDecode(string text)
    {
        if (!text.Contains('%', StringComparison.Ordinal))
        {
            return text;
        }

        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return text;
        }
    }

    [GeneratedRegex(@"&([A-Za-z][A-Za-z0-9]{0,31});?")]
    private static partial Regex NamedReference();

    [GeneratedRegex(@"^([a-z][a-z0-9+.\-]*):")]
    private static partial Regex SchemePrefix();
}
