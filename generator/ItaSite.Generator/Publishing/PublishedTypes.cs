using System.Collections.Frozen;

namespace ItaSite.Generator.Publishing;

/// <summary>The families of files the site publishes from content.</summary>
public enum PublishedKind
{
    Document,
    Spreadsheet,
    Presentation,
    Text,
    Image,
    Audio,
    Video,
    Archive,
}

/// <summary>Whether the first bytes of a file are those of its type.</summary>
public delegate bool Signature(ReadOnlySpan<byte> head);

/// <summary>One allowed file type: its extension (lower case, with the dot), family, name for messages and content signature.</summary>
public sealed record PublishedType(string Extension, PublishedKind Kind, string Name, Signature Matches)
{
    /// <summary>SVG is the one allowed type that is rewritten (sanitized) instead of copied.</summary>
    public bool IsSvg => Extension == ".svg";
}

/// <summary>
/// The allow-list of published file types, checked by extension and by content (magic bytes), and the types refused as
/// active (a browser runs them, or a web server executes them). Anything in neither list is refused as unknown.
/// </summary>
public static class PublishedTypes
{
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly PublishedType[] All =
    [
        new(".pdf", PublishedKind.Document, "PDF", h => h.StartsWith("%PDF-"u8)),
        new(".doc", PublishedKind.Document, "Word 97–2003", h => h.StartsWith(Ole)),
        new(".docx", PublishedKind.Document, "Word", IsZip),
        new(".odt", PublishedKind.Document, "OpenDocument text", IsZip),
        new(".rtf", PublishedKind.Document, "RTF", h => h.StartsWith(@"{\rtf"u8)),
        new(".xls", PublishedKind.Spreadsheet, "Excel 97–2003", h => h.StartsWith(Ole)),
        new(".xlsx", PublishedKind.Spreadsheet, "Excel", IsZip),
        new(".ods", PublishedKind.Spreadsheet, "OpenDocument spreadsheet", IsZip),
        new(".csv", PublishedKind.Spreadsheet, "CSV", IsPlainText),
        new(".ppt", PublishedKind.Presentation, "PowerPoint 97–2003", h => h.StartsWith(Ole)),
        new(".pptx", PublishedKind.Presentation, "PowerPoint", IsZip),
        new(".odp", PublishedKind.Presentation, "OpenDocument presentation", IsZip),
        new(".txt", PublishedKind.Text, "plain text", IsPlainText),
        new(".png", PublishedKind.Image, "PNG", h => Starts(h, 0x89, (byte)'P', (byte)'N', (byte)'G')),
        new(".jpg", PublishedKind.Image, "JPEG", IsJpeg),
        new(".jpeg", PublishedKind.Image, "JPEG", IsJpeg),
        new(".gif", PublishedKind.Image, "GIF", h => h.StartsWith("GIF87a"u8) || h.StartsWith("GIF89a"u8)),
        new(".webp", PublishedKind.Image, "WebP", h => IsRiff(h, "WEBP"u8)),
        new(".avif", PublishedKind.Image, "AVIF", h => HasBrand(h, "avif"u8) || HasBrand(h, "avis"u8)),
        new(".svg", PublishedKind.Image, "SVG", h => true), // checked by parsing it (SvgSanitizer), not by its first bytes
        new(".mp3", PublishedKind.Audio, "MP3", h => h.StartsWith("ID3"u8) || (h.Length > 1 && h[0] == 0xFF && (h[1] & 0xE0) == 0xE0)),
        new(".m4a", PublishedKind.Audio, "MPEG-4 audio", IsIsoMedia),
        new(".wav", PublishedKind.Audio, "WAV", h => IsRiff(h, "WAVE"u8)),
        new(".ogg", PublishedKind.Audio, "Ogg", h => h.StartsWith("OggS"u8)),
        new(".oga", PublishedKind.Audio, "Ogg audio", h => h.StartsWith("OggS"u8)),
        new(".mp4", PublishedKind.Video, "MPEG-4 video", IsIsoMedia),
        new(".m4v", PublishedKind.Video, "MPEG-4 video", IsIsoMedia),
        new(".mov", PublishedKind.Video, "QuickTime", IsIsoMedia),
        new(".webm", PublishedKind.Video, "WebM", h => Starts(h, 0x1A, 0x45, 0xDF, 0xA3)),
        new(".ogv", PublishedKind.Video, "Ogg video", h => h.StartsWith("OggS"u8)),
        new(".zip", PublishedKind.Archive, "ZIP", IsZip),
        new(".7z", PublishedKind.Archive, "7-Zip", h => Starts(h, 0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C)),
        new(".rar", PublishedKind.Archive, "RAR", h => h.StartsWith("Rar!\x1A\x07"u8)),
        new(".gz", PublishedKind.Archive, "gzip", h => Starts(h, 0x1F, 0x8B)),
    ];

    private static readonly FrozenDictionary<string, PublishedType> ByExtension = All.ToFrozenDictionary(t => t.Extension, StringComparer.Ordinal);

    /// <summary>
    /// Types refused because a browser runs them in the agency's origin when opened directly (HTML, XHTML, XML with
    /// stylesheets, script, compressed SVG that cannot be checked), or a web server may execute them (PHP, ASP, CGI…), or they are
    /// programs.
    /// </summary>
    public static readonly FrozenSet<string> Active = FrozenSet.ToFrozenSet(
    [
        ".html", ".htm", ".xhtml", ".xht", ".shtml", ".shtm", ".mht", ".mhtml", ".hta", ".svgz", ".xml", ".xsl", ".xslt", ".rss",
        ".atom", ".js", ".mjs", ".cjs", ".jsx", ".ts", ".wasm", ".css", ".swf", ".jar", ".class", ".php", ".php3", ".php4", ".php5",
        ".phtml", ".phar", ".asp", ".aspx", ".ashx", ".asmx", ".jsp", ".jspx", ".cgi", ".pl", ".py", ".rb", ".sh", ".bash", ".exe",
        ".dll", ".msi", ".com", ".bat", ".cmd", ".ps1", ".vbs", ".vbe", ".wsf", ".scr", ".lnk", ".appcache", ".webmanifest",
    ], StringComparer.Ordinal);

    /// <summary>Every allowed extension, for messages and documentation.</summary>
    public static IEnumerable<string> Extensions => All.Select(t => t.Extension);

    /// <summary>The allowed type of a file name, by its (last) extension, or null.</summary>
    public static PublishedType? Of(string fileName) => ByExtension.GetValueOrDefault(Path.GetExtension(fileName).ToLowerInvariant());

    private static bool Starts(ReadOnlySpan<byte> h, params ReadOnlySpan<byte> prefix) => h.StartsWith(prefix);

    private static bool IsZip(ReadOnlySpan<byte> h) => h.StartsWith("PK\x03\x04"u8) || h.StartsWith("PK\x05\x06"u8);

    private static bool IsJpeg(ReadOnlySpan<byte> h) => Starts(h, 0xFF, 0xD8, 0xFF);

    private static bool IsRiff(ReadOnlySpan<byte> h, ReadOnlySpan<byte> form) => h.Length >= 12 && h.StartsWith("RIFF"u8) && h[8..12].SequenceEqual(form);

    private static bool HasBrand(ReadOnlySpan<byte> h, ReadOnlySpan<byte> brand) => h.Length >= 12 && h[4..8].SequenceEqual("ftyp"u8) && h[8..12].SequenceEqual(brand);

    /// <summary>ISO base media (MP4, M4A, MOV): a box type at offset 4.</summary>
    private static bool IsIsoMedia(ReadOnlySpan<byte> h) =>
        h.Length >= 8 && (h[4..8].SequenceEqual("ftyp"u8) || h[4..8].SequenceEqual("moov"u8) || h[4..8].SequenceEqual("mdat"u8)
                          || h[4..8].SequenceEqual("wide"u8) || h[4..8].SequenceEqual("free"u8));

    /// <summary>
    /// Text (CSV, TXT): no NUL byte unless it is UTF-16 with a byte-order mark, and nothing that starts like markup — a browser
    /// without <c>nosniff</c> may read text that opens with <c>&lt;html</c>, <c>&lt;script</c> or <c>&lt;svg</c> as HTML.
    /// Thai text in TIS-620 is accepted (many spreadsheets export it).
    /// </summary>
    public static bool IsPlainText(ReadOnlySpan<byte> h)
    {
        var utf16 = Starts(h, 0xFF, 0xFE) || Starts(h, 0xFE, 0xFF);
        if (!utf16 && h.Contains((byte)0))
        {
            return false;
        }

        var text = utf16
            ? (Starts(h, 0xFF, 0xFE) ? System.Text.Encoding.Unicode : System.Text.Encoding.BigEndianUnicode).GetString(h[2..]).AsSpan()
            : System.Text.Encoding.Latin1.GetString(Starts(h, 0xEF, 0xBB, 0xBF) ? h[3..] : h).AsSpan();
        var start = text.TrimStart();
        return !(start.Length > 1 && start[0] == '<' && (char.IsAsciiLetter(start[1]) || start[1] is '!' or '?' or '/'));
    }
}
