namespace ItaSite.Generator.Sanitizing;

/// <summary>One response header a host should send.</summary>
public sealed record ResponseHeader(string Name, string Value);

/// <summary>
/// The response headers a web host should send with the built site (docs/security.md lists them; the deploy recipes and the
/// preview server set them). The pages carry their Content-Security-Policy in a <c>&lt;meta&gt;</c> too, but a meta policy
/// does not cover a file opened on its own (an SVG, a PDF), cannot say <c>frame-ancestors</c>, and is read only after the
/// document starts to parse — hence the header. Pure functions of the path and the site's HTML policy.
/// </summary>
public static class ServingHeaders
{
    /// <summary>The policy of the pages' <c>&lt;meta http-equiv="Content-Security-Policy"&gt;</c> (the theme writes the same).</summary>
    public static string MetaCsp(HtmlPolicy html) =>
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'" + html.CspFrameSource;

    /// <summary>The page policy as a header: the meta policy plus what only a header can say (no framing by other sites).</summary>
    public static string PageCsp(HtmlPolicy html) => MetaCsp(html) + "; frame-ancestors 'self'";

    /// <summary>For SVG opened on its own: no script, no loads, and a sandbox, should anything ever slip past the sanitizer.</summary>
    public const string SvgCsp = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    /// <summary>For every other file (PDF, images, data, media): it may load nothing and no other site may frame it.</summary>
    public const string FileCsp = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'self'";

    /// <summary>Types browsers would otherwise open inline although a citizen wants the file: office documents and archives.</summary>
    private static readonly string[] DownloadExtensions =
        [".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".odp", ".rtf", ".zip", ".7z", ".rar", ".gz"];

    /// <summary>Headers for every response, whatever the file.</summary>
    public static IReadOnlyList<ResponseHeader> Common { get; } =
    [
        new("X-Content-Type-Options", "nosniff"),
        new("Referrer-Policy", "strict-origin-when-cross-origin"),
        new("X-Frame-Options", "SAMEORIGIN"),
        new("Cross-Origin-Opener-Policy", "same-origin"),
        new("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
    ];

    /// <summary>The headers for the output file at <paramref name="relativePath"/> (besides its Content-Type).</summary>
    public static IReadOnlyList<ResponseHeader> For(string relativePath, HtmlPolicy html)
    {
        var extension = Path.GetExtension(relativePath).ToLowerInvariant();
        var headers = new List<ResponseHeader>(Common);
        if (extension is ".html" or "" || relativePath.EndsWith('/'))
        {
            headers.Add(new("Content-Security-Policy", PageCsp(html)));
        }
        else if (extension == ".svg")
        {
            headers.Add(new("Content-Security-Policy", SvgCsp));
        }
        else if (extension is not (".css" or ".js"))
        {
            headers.Add(new("Content-Security-Policy", FileCsp));
        }

        if (DownloadExtensions.Contains(extension))
        {
            headers.Add(new("Content-Disposition", "attachment"));
        }

        return headers;
    }
}
