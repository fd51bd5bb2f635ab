using QRCoder;

namespace ItaSite.Generator.Theming;

/// <summary>A QR code for a URL as inline SVG (QRCoder's <see cref="SvgQRCode"/>; no System.Drawing), made at build time.</summary>
public static class QrCodeSvg
{
    /// <summary>SVG markup with <c>role="img"</c> and a title; dark modules black on white, medium error correction.</summary>
    public static string Render(string url, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(new System.Drawing.Size(240, 240), "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = start >= 0 ? svg[start..] : svg;
        var close = svg.IndexOf('>', StringComparison.Ordinal);
        var title = System.Net.WebUtility.HtmlEncode(label);
        return svg[..close] + " role=\"img\" aria-label=\"" + title + "\" class=\"qr__code\"" + svg[close..];
    }
}
