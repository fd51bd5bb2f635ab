using System.Globalization;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Publishing;
using ItaSite.Generator.Yaml;

namespace ItaSite.Generator.Content;

/// <summary>Parses <c>site.yaml</c> into a <see cref="SiteConfig"/>, reporting every problem with its position.</summary>
public static class SiteConfigParser
{
    public static SiteConfig? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var source = new YamlSource(file.DisplayPath);
        var root = YamlLoader.LoadMapping(file.Text, source, diagnostics);
        if (root is null)
        {
            return null;
        }

        var errorsBefore = diagnostics.Count(Severity.Error);
        var map = new YamlMap(root, source, diagnostics);
        var name = map.String("name", required: true);
        var baseUrl = ParseBaseUrl(map);
        // A loop, not LINQ over (bool, int, SourceSpan) tuples: that generic code is not in the ReadyToRun image (issue 19).
        var yearSpans = new Dictionary<int, SourceSpan>();
        foreach (var (text, span) in map.StringList("assessment_years"))
        {
            if (int.TryParse(Thai.ThaiDigits.ToArabic(text), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 2500)
            {
                yearSpans.TryAdd(year, span);
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, span, "assessment years are Buddhist-Era years such as 2566");
            }
        }

        var validYears = new List<int>(yearSpans.Count);
        foreach (var year in yearSpans.Keys)
        {
            validYears.Add(year);
        }

        validYears.Sort();

        // Whether current_year names a year of the site is known once the year folders are found (Years/SiteYearsLoader).
        var current = map.Int("current_year", min: 2500, max: 2700) ?? 0;

        var complaints = map.Map("complaints", required: true);
        var antiCorruption = complaints?.Map("anti_corruption", required: true) is { } ac ? ParseChannel(ac) : null;
        var general = complaints?.Map("general", required: true) is { } g ? ParseChannel(g) : null;
        var national = complaints?.MapList("national").Select(ParseNational).OfType<NationalChannel>().ToList() ?? [];
        complaints?.WarnUnknownKeys("complaints");

        var itas = map.Map("itas");
        var eit = itas?.Url("eit_url");
        var iit = itas?.Url("iit_url");
        itas?.WarnUnknownKeys("itas");

        var config = name is null || baseUrl is null || antiCorruption is null || general is null
            ? null
            : new SiteConfig
            {
                Name = name,
                ShortName = map.String("short_name"),
                AgencyType = map.String("type"),
                BaseUrl = baseUrl,
                AssessmentYears = validYears,
                AssessmentYearSpans = yearSpans,
                CurrentYear = current,
                CurrentYearSpan = map.SpanOf("current_year"),
                ThaiDigits = map.Bool("thai_digits") ?? false,
                Address = map.String("address"),
                Phones = [.. map.StringList("phones").Select(p => p.Value)],
                Fax = map.String("fax"),
                Email = map.Email("email"),
                OfficeHours = map.String("office_hours"),
                Map = ParseMap(map),
                Social = [.. map.MapList("social").Select(ParseLink).OfType<NamedLink>()],
                AntiCorruption = antiCorruption,
                GeneralComplaints = general,
                NationalChannels = national,
                EitUrl = eit,
                IitUrl = iit,
                FrameworkFiles = [.. map.StringList("frameworks").Select(f => f.Value)],
                Html = Sanitizing.HtmlPolicyParser.Parse(map),
                Brand = SiteBrandParser.ParseBrand(map),
                MainSite = SiteBrandParser.ParseMainSite(map),
                Menu = SiteBrandParser.ParseMenu(map),
                EService = SiteBrandParser.ParseEService(map),
                Overrides = SiteBrandParser.ParseOverrides(map),
            };

        map.WarnUnknownKeys("site.yaml");
        return diagnostics.Count(Severity.Error) > errorsBefore ? null : config;
    }

    private static Uri? ParseBaseUrl(YamlMap map)
    {
        var text = map.String("base_url", required: true);
        if (text is null)
        {
            return null;
        }

        if (!text.EndsWith('/'))
        {
            text += "/";
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            map.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.SpanOf("base_url"), $"base_url must be an absolute http(s) address such as https://www.example.go.th/, got '{text}'");
            return null;
        }

        return uri;
    }

    private static GeoPoint? ParseMap(YamlMap map)
    {
        var geo = map.Map("map");
        if (geo is null)
        {
            return null;
        }

        var lat = geo.Decimal("lat", required: true);
        var lon = geo.Decimal("lon", required: true);
        geo.WarnUnknownKeys("map");
        return lat is null || lon is null ? null : new GeoPoint((double)lat.Value, (double)lon.Value);
    }

    private static ComplaintChannel? ParseChannel(YamlMap map)
    {
        var title = map.String("title", required: true);
        var channel = title is null
            ? null
            : new ComplaintChannel(title, map.Url("page"), map.String("phone"), map.Email("email"), map.Url("url"));
        map.WarnUnknownKeys("a complaint channel");
        return channel;
    }

    private static NationalChannel? ParseNational(YamlMap map)
    {
        var name = map.String("name", required: true);
        var phone = map.String("phone", required: true);
        var url = map.Url("url");
        map.WarnUnknownKeys("a national complaint channel");
        return name is null || phone is null ? null : new NationalChannel(name, phone, url);
    }

    private static NamedLink? ParseLink(YamlMap map)
    {
        var name = map.String("name", required: true);
        var url = map.Url("url", required: true);
        map.WarnUnknownKeys("a social link");
        return name is null || url is null ? null : new NamedLink(name, url);
    }
}
