using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Markdown;

namespace ItaSite.Generator.Data;

/// <summary>Checks every directive of every body against the data catalog: known name, existing data set, configured QR link.</summary>
public static class DirectiveChecker
{
    public static void Check(IEnumerable<RenderedMarkdown> bodies, DataCatalog catalog, DiagnosticBag diagnostics)
    {
        foreach (var use in bodies.SelectMany(b => b.Directives))
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
                case "qr" when catalog.QrUrl(use.Argument) is null:
                    diagnostics.Error(DiagnosticCodes.UnknownDataSet, use.Span, $"::qr[{use.Argument}] needs itas.{use.Argument}_url in site.yaml (ยังไม่ได้กำหนดลิงก์ ITAS)");
                    break;
                case "data" or "qr":
                    break;
                default:
                    diagnostics.Error(DiagnosticCodes.UnknownDirective, use.Span, $"unknown directive '::{use.Name}'; use ::data[id] or ::qr[eit] (ไม่รู้จักคำสั่งนี้)");
                    break;
            }
        }
    }
}
