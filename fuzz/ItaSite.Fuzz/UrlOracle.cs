using System.Globalization;
using System.Net;
using System.Text;
using ItaSite.Generator.Content;
using ItaSite.Generator.Data;

namespace ItaSite.Fuzz;

/// <summary>
/// Oracle for URLs that parsers hand to the theme: written apart from the generator's UrlPolicy, it decodes what a browser (or a
/// lenient one) decodes and reports any scheme other than https, http, mailto and tel, and e-mail addresses that are not plain.
/// </summary>
public static class UrlOracle
{
    public static string? InConfig(SiteConfig config)
    {
        var urls = config.Social.Select(s => s.Url)
            .Concat(config.NationalChannels.Select(n => n.Url))
            .Concat([config.AntiCorruption.Url, config.AntiCorruption.Page, config.GeneralComplaints.Url, config.GeneralComplaints.Page, config.EitUrl, config.IitUrl]);
        var emails = new[] { config.Email, config.AntiCorruption.Email, config.GeneralComplaints.Email };
        return Find(urls, emails);
    }

    public static string? InDataSet(DataSet set) => set switch
    {
        ContactSet contacts => Find([contacts.Website], contacts.Units.Select(u => u.Email)),
        ExecutiveSet executives => Find(
            executives.Groups.SelectMany(g => g.People).Select(p => p.PhotoContentPath),
            executives.Groups.SelectMany(g => g.People).Select(p => p.Email)),
        _ => null,
    };

    private static string? Find(IEnumerable<string?> urls, IEnumerable<string?> emails)
    {
        foreach (var url in urls.OfType<string>())
        {
            var scheme = SchemeOf(url);
            if (scheme is not (null or "http" or "https" or "mailto" or "tel"))
            {
                return $"URL with scheme '{scheme}:' reached the model: {url}";
            }
        }

        foreach (var email in emails.OfType<string>())
        {
            if (email.Any(c => c is '?' or ':' or '<' or '>' or '"' or '\'' or ' ' || char.IsControl(c)) || email.Count(c => c == '@') != 1)
            {
                return $"e-mail address that is not plain reached the model: {email}";
            }
        }

        return null;
    }

    private static string? SchemeOf(string url)
    {
        var text = url;
        for (var i = 0; i < 3; i++)
        {
            text = Uri.UnescapeDataString(WebUtility.HtmlDecode(text.Replace("&colon;", ":", StringComparison.OrdinalIgnoreCase)));
        }

        var compact = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (c > ' ' && !char.IsControl(c) && char.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                compact.Append(char.ToLowerInvariant(c));
            }
        }

        var s = compact.ToString();
        var colon = s.IndexOf(':');
        var cut = s.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (cut < 0 || colon < cut) && char.IsAsciiLetter(s[0]) ? s[..colon] : null;
    }
}
