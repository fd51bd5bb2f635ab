using System.Collections.Concurrent;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Output;

namespace ItaSite.Generator.Publishing;

/// <summary>How a content file is used: anything linked or attached, or an image that must be one (a photo, a logo).</summary>
public enum FileUse
{
    Attachment,
    Image,

    /// <summary>The site's own stylesheet, named by <c>theme.css</c> in site.yaml: the one place a <c>.css</c> file is published.</summary>
    SiteStylesheet,
}

/// <summary>The decision about one file, made once per build: allowed (with the bytes to publish for an SVG) or refused and why.</summary>
public sealed record FileVerdict(PublishedType? Type, string? Code, string? Problem, byte[]? Content, IReadOnlyList<string> Removed)
{
    public bool Allowed => Code is null;
}

/// <summary>
/// The one policy for every file published from content — attachments, linked files, Markdown and raw HTML images and media,
/// data-file photos, and anything a theme publishes from content (a logo…). A file is published only when its extension is in
/// <see cref="PublishedTypes"/> and its first bytes are those of that type; active types (HTML, XHTML, script…) and unknown
/// ones are refused; SVG is published only as rewritten by <see cref="SvgSanitizer"/>. Special files are refused before they
/// are opened. Thread-safe; one instance per build.
/// <para>Callers: <see cref="Check"/> at every place content pulls a file in (its diagnostics are positioned there), and
/// <see cref="Output"/> where the file is written, which applies the same decision again so no path can bypass it.</para>
/// </summary>
public sealed class PublishedFilePolicy
{
    /// <summary>SVG is read into memory to be rewritten; larger ones are refused (drawings are far smaller).</summary>
    public const long MaxSvgBytes = 5 * 1024 * 1024;

    private const int HeadBytes = 4096;

    private readonly ConcurrentDictionary<string, FileVerdict> _verdicts = new(StringComparer.Ordinal);

    /// <summary>
    /// Checks <paramref name="asset"/> for a use at <paramref name="usedAt"/> (the link, front-matter line or YAML key that pulls
    /// it in): errors ITA3010 (type), ITA3011 (content), ITA3013 (SVG), ITA3014 (special file), ITA3016 (not an image) and
    /// warning ITA3012 (parts of an SVG removed) are reported there. Returns whether the file may be published.
    /// </summary>
    public bool Check(AssetFile asset, SourceSpan usedAt, FileUse use, DiagnosticBag diagnostics)
    {
        if (use == FileUse.SiteStylesheet)
        {
            return CheckStylesheet(asset, usedAt, diagnostics);
        }

        var verdict = Verdict(asset);
        if (!verdict.Allowed)
        {
            diagnostics.Error(verdict.Code!, usedAt, $"'{asset.DisplayPath}' is not published: {verdict.Problem}");
            return false;
        }

        if (use == FileUse.Image && verdict.Type!.Kind != PublishedKind.Image)
        {
            diagnostics.Error(DiagnosticCodes.NotAnImage, usedAt, $"'{asset.DisplayPath}' is {verdict.Type.Name}, not an image; use a PNG, JPEG, GIF, WebP, AVIF or SVG file (ต้องเป็นไฟล์รูปภาพ)");
            return false;
        }

        if (verdict.Removed.Count > 0)
        {
            diagnostics.Warning(DiagnosticCodes.SvgCleaned, usedAt, $"'{asset.DisplayPath}' is published without {string.Join(", ", verdict.Removed)}: SVG may not run script, embed documents or load other files (ลบส่วนที่ไม่ปลอดภัยออกจากไฟล์ SVG แล้ว)");
        }

        return true;
    }

    /// <summary>
    /// The output file for an allowed asset (a copy, or the sanitized SVG), or null for a refused one — with an error at the
    /// file itself, since a file that reaches the output without <see cref="Check"/> was pulled in by no checked reference.
    /// </summary>
    public OutputFile? Output(AssetFile asset, string relativePath, DiagnosticBag diagnostics)
    {
        var verdict = Verdict(asset);
        if (!verdict.Allowed)
        {
            diagnostics.Error(verdict.Code!, new SourceSpan(asset.DisplayPath), $"not published: {verdict.Problem}");
            return null;
        }

        return verdict.Content is { } content ? new OutputFile(relativePath, content, null) : OutputFile.Copy(relativePath, asset.FullPath);
    }

    /// <summary>
    /// CSS is refused as content, but the site's own stylesheet is what <c>theme.css</c> is for: a regular text file is allowed for
    /// that use only (the pages' CSP keeps it from loading anything outside the site), and <see cref="Output"/> then copies it.
    /// </summary>
    private bool CheckStylesheet(AssetFile asset, SourceSpan usedAt, DiagnosticBag diagnostics)
    {
        if (!asset.ContentPath.EndsWith(".css", StringComparison.OrdinalIgnoreCase) || RegularFiles.NotRegular(asset.FullPath) is not null)
        {
            diagnostics.Error(DiagnosticCodes.FileTypeRefused, usedAt, $"'{asset.DisplayPath}' is not published: theme.css must name a regular .css file (ไฟล์ไม่ใช่ชนิดที่ใช้ได้)");
            return false;
        }

        _verdicts[asset.ContentPath] = new FileVerdict(new PublishedType(".css", PublishedKind.Text, "CSS", _ => true), null, null, null, []);
        return true;
    }

    /// <summary>The decision for one file (computed once, then reused by every reference).</summary>
    public FileVerdict Verdict(AssetFile asset) => _verdicts.GetOrAdd(asset.ContentPath, _ => Decide(asset));

    private static FileVerdict Decide(AssetFile asset)
    {
        var extension = Path.GetExtension(asset.ContentPath).ToLowerInvariant();
        if (PublishedTypes.Active.Contains(extension))
        {
            return Refused(DiagnosticCodes.FileTypeRefused, $"'{extension}' files are active content (a browser or web server runs them), so they are never published from content; convert it to PDF (ไม่อนุญาตให้เผยแพร่ไฟล์ชนิดนี้)");
        }

        if (PublishedTypes.Of(asset.ContentPath) is not { } type)
        {
            var what = extension.Length == 0 ? "a file without an extension" : $"'{extension}' files";
            return Refused(DiagnosticCodes.FileTypeRefused, $"{what} are not in the list of published types ({string.Join(" ", PublishedTypes.Extensions)}) (ไม่อนุญาตให้เผยแพร่ไฟล์ชนิดนี้)");
        }

        if (RegularFiles.NotRegular(asset.FullPath) is { } special)
        {
            return Refused(DiagnosticCodes.SpecialFile, $"it is {special}, not a regular file (ไม่ใช่ไฟล์ปกติ)");
        }

        if (type.IsSvg)
        {
            return DecideSvg(asset, type);
        }

        byte[] head;
        try
        {
            head = ReadHead(asset.FullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Refused(DiagnosticCodes.UnreadableFile, $"cannot read it: {ex.Message}");
        }

        return type.Matches(head)
            ? new FileVerdict(type, null, null, null, [])
            : Refused(DiagnosticCodes.FileContentMismatch, $"its name says {type.Name} but its content is {Describe(head)}; save or export it again as a real {type.Name} file (เนื้อหาไฟล์ไม่ตรงกับนามสกุล)");
    }

    private static FileVerdict DecideSvg(AssetFile asset, PublishedType type)
    {
        if (asset.Length > MaxSvgBytes)
        {
            return Refused(DiagnosticCodes.FileTooLarge, $"SVG files may be at most {MaxSvgBytes / 1024 / 1024} MB");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(asset.FullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Refused(DiagnosticCodes.UnreadableFile, $"cannot read it: {ex.Message}");
        }

        var result = SvgSanitizer.Sanitize(bytes);
        return result.Content is null
            ? Refused(DiagnosticCodes.SvgRefused, $"SVG is published only when it can be checked, and {result.Refusal}; export it again as plain SVG or as PNG (ไฟล์ SVG ไม่ถูกต้อง)")
            : new FileVerdict(type, null, null, result.Content, result.Removed);
    }

    private static byte[] ReadHead(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var buffer = new byte[HeadBytes];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return buffer[..total];
    }

    /// <summary>What the first bytes look like, for the message: markup, another allowed type, empty, or unknown.</summary>
    private static string Describe(ReadOnlySpan<byte> head)
    {
        if (head.Length == 0)
        {
            return "empty";
        }

        if (!PublishedTypes.IsPlainText(head) && !head.Contains((byte)0))
        {
            return "HTML/XML markup (which a browser could run)";
        }

        foreach (var extension in new[] { ".pdf", ".png", ".jpg", ".gif", ".webp", ".zip", ".doc", ".mp4", ".webm", ".mp3", ".gz" })
        {
            if (PublishedTypes.Of(extension) is { } other && other.Matches(head))
            {
                return other.Name;
            }
        }

        return PublishedTypes.IsPlainText(head) ? "text" : "not recognised";
    }

    private static FileVerdict Refused(string code, string problem) => new(null, code, problem, null, []);
}
