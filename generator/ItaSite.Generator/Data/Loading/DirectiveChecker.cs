using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Directives;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Years;

namespace ItaSite.Generator.Data.Loading;

/// <summary>
/// Checks every directive of every body against the data catalog: known name, existing data set, and a QR link configured for
/// the page's year (item and measure pages use their year's ITAS links, other pages the current year's).
/// </summary>
public static class DirectiveChecker
{
    public static void Check(IReadOnlyDictionary<ContentPage, RenderedMarkdown> bodies, DataCatalog catalog, SiteYears years, DiagnosticBag diagnostics)
    {
        foreach (var (page, body) in bodies)
        {
            var year = page switch
            {
                ItemPage item => item.Year,
                MeasurePage measure => measure.Year,
                _ => years.Current,
            };
            foreach (var use in body.Directives)
            {
                CheckOne(use, catalog, years, year, diagnostics);
            }
        }
    }

    private static void CheckOne(DirectiveUse use, DataCatalog catalog, SiteYears years, int year, DiagnosticBag diagnostics)
    {
        switch (use.Name)
        {
            case "data" when !catalog.Sets.ContainsKey(use.Argument):
                var known = catalog.Sets.Count == 0 ? "there are no data files in content/data/" : "known: " + string.Join(", ", catalog.Sets.Keys.Order(StringComparer.Ordinal));
                diagnostics.Error(DiagnosticCodes.UnknownDataSet, use.Span, $"no data set '{use.Argument}' ({known}) (ไม่พบชุดข้อมูลนี้)");
                break;
            case "qr" when use.Argument is not ("eit" or "iit"):
                diagnostics.Error(DiagnosticCodes.UnknownDataSet, use.Span, $"::qr takes eit or iit, got '{use.Argument}'");
                break;
            case "qr" when (use.Argument == "eit" ? years.EitUrl(year) : years.IitUrl(year)) is null:
                diagnostics.Error(DiagnosticCodes.UnknownDataSet, use.Span, $"::qr[{use.Argument}] needs the {use.Argument.ToUpperInvariant()} link of ITA {year}: itas.{use.Argument}_url in oit/{year}/year.yaml, or in site.yaml for years without their own (ยังไม่ได้กำหนดลิงก์ ITAS ของปี {year})");
                break;
            case "data" or "qr":
                break;
            default:
                diagnostics.Error(DiagnosticCodes.UnknownDirective, use.Span, $"unknown directive '::{use.Name}'; use ::data[id] or ::qr[eit] (ไม่รู้จักคำสั่งนี้)");
                break;
        }
    }
}
