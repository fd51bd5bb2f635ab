using System.Globalization;

namespace ItaSite.Generator.Content;

/// <summary>An sRGB colour with the WCAG 2 relative luminance and contrast arithmetic the theme needs to derive readable shades.</summary>
public readonly record struct BrandColor(byte R, byte G, byte B)
{
    public static readonly BrandColor White = new(255, 255, 255);

    /// <summary>The theme's dark ink (its <c>--ink</c>), the other text colour a header can take.</summary>
    public static readonly BrandColor Ink = new(0x1b, 0x1f, 0x24);

    /// <summary>WCAG AA for normal-size text.</summary>
    public const double MinimumContrast = 4.5;

    /// <summary><c>#rgb</c> or <c>#rrggbb</c>, with or without the '#'.</summary>
    public static BrandColor? Parse(string text)
    {
        var hex = text.Trim().TrimStart('#');
        if (hex.Length == 3)
        {
            hex = string.Concat(hex.Select(c => new string(c, 2)));
        }

        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return new BrandColor((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    public double Luminance => (0.2126 * Linear(R)) + (0.7152 * Linear(G)) + (0.0722 * Linear(B));

    public double ContrastWith(BrandColor other)
    {
        var (a, b) = (Luminance, other.Luminance);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>White or the dark ink, whichever reads better on this colour.</summary>
    public BrandColor ReadableText => ContrastWith(White) >= ContrastWith(Ink) ? White : Ink;

    /// <summary>This colour mixed with black (<paramref name="amount"/> 0–1).</summary>
    public BrandColor Darker(double amount) => new(Mix(R, 0, amount), Mix(G, 0, amount), Mix(B, 0, amount));

    /// <summary>The first shade of this colour, darkening step by step, that reaches AA contrast on white (for links and accents).</summary>
    public BrandColor OnWhite()
    {
        var shade = this;
        for (var step = 1; shade.ContrastWith(White) < MinimumContrast && step <= 20; step++)
        {
            shade = Darker(step * 0.05);
        }

        return shade;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static byte Mix(byte from, byte to, double amount) => (byte)Math.Round(from + ((to - from) * Math.Clamp(amount, 0, 1)));
}
