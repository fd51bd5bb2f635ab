using System.Collections.Frozen;

namespace ItaSite.Generator.Publishing;

/// <summary>
/// What a published SVG may contain: shapes, text, gradients, patterns, clipping, masks, markers and filters — nothing that runs
/// script (<c>script</c>, event attributes, animation that can rewrite links), embeds other documents (<c>foreignObject</c>,
/// <c>iframe</c>), loads anything from elsewhere (<c>image</c>, <c>feImage</c>, <c>use</c>/<c>href</c> other than a
/// <c>#fragment</c> of the same file, CSS <c>url()</c> other than <c>url(#id)</c>, <c>&lt;style&gt;</c> with its
/// <c>@import</c>) or links away (<c>a</c>).
/// </summary>
public static class SvgAllowList
{
    public const string SvgNamespace = "http://www.w3.org/2000/svg";
    public const string XlinkNamespace = "http://www.w3.org/1999/xlink";
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    public static readonly FrozenSet<string> Elements = FrozenSet.ToFrozenSet(
    [
        "svg", "g", "defs", "title", "desc", "symbol", "use", "switch", "path", "rect", "circle", "ellipse", "line", "polyline",
        "polygon", "text", "tspan", "textPath", "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker",
        "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix", "feDiffuseLighting",
        "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB", "feFuncG", "feFuncR",
        "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology", "feOffset", "fePointLight", "feSpecularLighting",
        "feSpotLight", "feTile", "feTurbulence",
    ], StringComparer.Ordinal);

    /// <summary>Attributes (without namespace) kept on any allowed element; values are checked again for <c>url(…)</c>.</summary>
    public static readonly FrozenSet<string> Attributes = FrozenSet.ToFrozenSet(
    [
        "id", "class", "lang", "role", "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden", "focusable", "tabindex",
        "version", "baseProfile", "viewBox", "preserveAspectRatio", "width", "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy",
        "r", "rx", "ry", "fx", "fy", "fr", "d", "points", "pathLength", "transform", "style", "fill", "fill-opacity", "fill-rule",
        "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray",
        "stroke-dashoffset", "stroke-opacity", "opacity", "color", "display", "visibility", "overflow", "clip", "clip-path",
        "clip-rule", "mask", "filter", "marker-start", "marker-mid", "marker-end", "paint-order", "vector-effect",
        "shape-rendering", "text-rendering", "image-rendering", "color-interpolation", "color-interpolation-filters",
        "font-family", "font-size", "font-size-adjust", "font-stretch", "font-style", "font-variant", "font-weight",
        "text-anchor", "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing",
        "text-decoration", "writing-mode", "direction", "unicode-bidi", "dx", "dy", "rotate", "textLength", "lengthAdjust",
        "startOffset", "method", "spacing", "side", "gradientUnits", "gradientTransform", "spreadMethod", "offset", "stop-color",
        "stop-opacity", "patternUnits", "patternContentUnits", "patternTransform", "clipPathUnits", "maskUnits",
        "maskContentUnits", "markerWidth", "markerHeight", "markerUnits", "refX", "refY", "orient", "filterUnits",
        "primitiveUnits", "in", "in2", "result", "stdDeviation", "mode", "operator", "k1", "k2", "k3", "k4", "values", "type",
        "tableValues", "slope", "intercept", "amplitude", "exponent", "flood-color", "flood-opacity", "lighting-color", "radius",
        "scale", "xChannelSelector", "yChannelSelector", "baseFrequency", "numOctaves", "seed", "stitchTiles", "order", "kernelMatrix",
        "divisor", "bias", "targetX", "targetY", "edgeMode", "preserveAlpha", "surfaceScale", "diffuseConstant",
        "specularConstant", "specularExponent", "kernelUnitLength", "azimuth", "elevation", "z", "pointsAtX", "pointsAtY",
        "pointsAtZ", "limitingConeAngle", "requiredFeatures", "systemLanguage",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Namespaces of drawing programs' bookkeeping (Inkscape, Sodipodi, Illustrator, RDF metadata): removed without a warning,
    /// since they are inert and nearly every exported file carries them.
    /// </summary>
    public static readonly FrozenSet<string> EditorNamespaces = FrozenSet.ToFrozenSet(
    [
        "http://www.inkscape.org/namespaces/inkscape", "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
        "http://inkscape.sourceforge.net/DTD/sodipodi-0.dtd", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "http://purl.org/dc/elements/1.1/", "http://creativecommons.org/ns#", "http://web.resource.org/cc/",
        "http://ns.adobe.com/AdobeIllustrator/10.0/", "http://ns.adobe.com/AdobeSVGViewerExtensions/3.0/",
        "http://ns.adobe.com/Extensibility/1.0/", "http://ns.adobe.com/Flows/1.0/", "http://ns.adobe.com/ImageReplacement/1.0/",
        "http://ns.adobe.com/GenericCustomNamespace/1.0/", "http://ns.adobe.com/XPath/1.0/", "http://ns.adobe.com/SaveForWeb/1.0/",
        "http://ns.adobe.com/Variables/1.0/", "http://www.bohemiancoding.com/sketch/ns", "http://www.serif.com/",
    ], StringComparer.Ordinal);

    /// <summary>SVG elements that are inert but not drawn; removed without a warning.</summary>
    public static readonly FrozenSet<string> QuietlyRemoved = FrozenSet.ToFrozenSet(["metadata"], StringComparer.Ordinal);
}
