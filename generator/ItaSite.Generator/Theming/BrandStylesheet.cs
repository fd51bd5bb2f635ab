using ItaSite.Generator.Content;
using ItaSite.Generator.Output;

namespace ItaSite.Generator.Theming;

/// <summary>
/// <c>assets/brand.css</c>: the site's brand colour and the shades the theme derives from it (header text that passes WCAG AA,
/// a darker navigation bar, a link colour dark enough for white paper, a hover shade). A file, not a style attribute, so the
/// CSP keeps <c>style-src 'self'</c>.
/// </summary>
public static class BrandStylesheet
{
    public const string FileName = "brand.css";

    public static OutputFile? File(SiteConfig config)
    {
        if (config.Brand?.Color is not { } text || BrandColor.Parse(text) is not { } brand)
        {
            return null;
        }

        var dark = brand.Darker(brand.ReadableText == BrandColor.White ? 0.25 : 0.15);
        var accent = brand.OnWhite();
        var css = $$"""
            /* Generated from brand.color in site.yaml ({{brand}}); edit site.yaml, not this file. */
            :root {
              --brand: {{brand}};
              --brand-ink: {{brand.ReadableText}};
              --brand-dark: {{dark}};
              --brand-dark-ink: {{dark.ReadableText}};
              --accent: {{accent}};
              --accent-dark: {{accent.Darker(0.3)}};
            }

            """;
        return OutputFile.Text("assets/" + FileName, css);
    }
}
