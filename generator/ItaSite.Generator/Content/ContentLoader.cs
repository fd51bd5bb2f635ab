using System.Text;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Publishing;

namespace ItaSite.Generator.Content;

/// <summary>
/// Stage 1 (load): reads the content folder. Text files are decoded as strict UTF-8 (BOM removed, CRLF normalised); other files
/// are listed as assets. Hidden files are skipped; links that lead outside the folder, oversized files and undecodable text are
/// diagnostics, never exceptions. <paramref name="reuseText"/> (serve's session) may return the earlier text of an unchanged
/// file instead of reading it; the loader knows nothing else of the cache.
/// </summary>
public sealed partial class ContentLoader(BuildLimits limits, DiagnosticBag diagnostics, Reuse.IStepRunner? steps = null)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public ContentSet? Load(string contentRoot, string displayRoot)
    {
        var root = Path.GetFullPath(contentRoot);
        if (!Directory.Exists(root))
        {
            diagnostics.Error(DiagnosticCodes.MissingSiteConfig, new SourceSpan(displayRoot), "content folder not found (ไม่พบโฟลเดอร์เนื้อหา)");
            return null;
        }

        var realRoot = RealPath(root) ?? root;
        var markdown = new List<SourceFile>();
        var data = new List<SourceFile>();
        var assets = new Dictionary<string, AssetFile>(StringComparer.Ordinal);
        SourceFile? site = null;

        // Listing is sequential (its order and link checks are the loader's rules); reading and decoding run on every core.
        var found = EnumerateFiles(root, realRoot, displayRoot).ToList();
        // Each file decodes into a bag of its own, merged in listing order below (no report depends on thread timing).
        var texts = new string?[found.Count];
        var bags = new DiagnosticBag?[found.Count];
        Parallel.For(0, found.Count, i =>
        {
            var file = found[i];
            if (file.IsText && file.Info.Length <= limits.MaxTextFileBytes)
            {
                var own = bags[i] = new DiagnosticBag();
                texts[i] = ReadStep(Reuse.ReusableStep.ReadText, file.Info, file.Display, own);
            }
        });

        for (var i = 0; i < found.Count; i++)
        {
            var (info, contentPath, display, isText) = found[i];
            if (bags[i] is { } own)
            {
                diagnostics.AddRange(own);
            }

            if (!isText)
            {
                assets[contentPath] = new AssetFile(contentPath, display, info.FullName, info.Length);
                continue;
            }

            if (info.Length > limits.MaxTextFileBytes)
            {
                diagnostics.Error(DiagnosticCodes.FileTooLarge, new SourceSpan(display), $"file is {info.Length:N0} bytes; text files may be at most {limits.MaxTextFileBytes:N0} bytes (ไฟล์ใหญ่เกินกำหนด)");
                continue;
            }

            if (texts[i] is not { } text)
            {
                continue;
            }

            var file = new SourceFile(contentPath, display, text);
            if (contentPath is "site.yaml" or "site.yml")
            {
                site = file;
            }
            else if (info.Extension.Equals(".md", StringComparison.OrdinalIgnoreCase))
            {
                markdown.Add(file);
            }
            else
            {
                data.Add(file);
            }
        }

        if (markdown.Count > limits.MaxPages)
        {
            diagnostics.Error(DiagnosticCodes.LimitExceeded, new SourceSpan(displayRoot), $"{markdown.Count:N0} pages exceed the limit of {limits.MaxPages:N0}");
            return null;
        }

        if (site is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingSiteConfig, new SourceSpan(Combine(displayRoot, "site.yaml")), "site.yaml is missing: it names the agency, its base URL and complaint channels (ไม่พบไฟล์ site.yaml)");
        }

        markdown.Sort((a, b) => string.CompareOrdinal(a.ContentPath, b.ContentPath));
        data.Sort((a, b) => string.CompareOrdinal(a.ContentPath, b.ContentPath));
        return new ContentSet(root, site, markdown, data, assets);
    }

    /// <summary>Reads one text file as a step: a session reads it again only when its length or modification time changed.</summary>
    private string? ReadStep(Reuse.ReusableStep step, FileInfo info, string display, DiagnosticBag own) =>
        (steps ?? Reuse.RunEveryStep.Instance).Run(step, info.FullName, (info.Length, info.LastWriteTimeUtc, display), (_, bag) => ReadText(info.FullName, display, bag), own);

    private static string? ReadText(string full, string display, DiagnosticBag diagnostics)
    {
        if (Publishing.RegularFiles.NotRegular(full) is { } what)
        {
            diagnostics.Error(DiagnosticCodes.SpecialFile, new SourceSpan(display), Publishing.RegularFiles.Message(what));
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, new SourceSpan(display), $"cannot read file: {ex.Message}");
            return null;
        }

        return Decode(bytes, display, diagnostics);
    }

    /// <summary>Strict UTF-8 decoding as the loader does it: BOM removed, CRLF and CR made LF; invalid bytes and NUL are errors.</summary>
    public static string? Decode(byte[] bytes, string display, DiagnosticBag diagnostics)
    {
        var start = bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
        try
        {
            var text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.UnreadableFile, new SourceSpan(display, LineOf(text, text.IndexOf('\0', StringComparison.Ordinal)), 1), "file contains a NUL byte; is it a binary file saved with a .md/.yaml name?");
                return null;
            }

            return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }
        catch (DecoderFallbackException ex)
        {
            var offset = start + Math.Max(0, ex.Index);
            var line = 1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');
            diagnostics.Error(DiagnosticCodes.UnreadableFile, new SourceSpan(display, line, 1), "file is not valid UTF-8; save it as UTF-8 (ไฟล์ต้องบันทึกเป็น UTF-8, ไม่ใช่ TIS-620/Windows-874)");
            return null;
        }
    }

    /// <summary>One file found in the content folder: its (link-followed) info, content path, display path and whether it is text.</summary>
    private readonly record struct FoundFile(FileInfo Info, string ContentPath, string Display, bool IsText);

    private IEnumerable<FoundFile> EnumerateFiles(string root, string realRoot, string displayRoot)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(dir).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.UnreadableFile, new SourceSpan(Combine(displayRoot, Path.GetRelativePath(root, dir))), $"cannot list folder: {ex.Message}");
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                var contentPath = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
                var isLink = entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && entry.LinkTarget is not null;
                if (isLink)
                {
                    var target = RealPath(entry.FullName);
                    if (target is null || !IsInside(target, realRoot))
                    {
                        diagnostics.Error(DiagnosticCodes.PathEscape, new SourceSpan(Combine(displayRoot, contentPath)), "symbolic link points outside the content folder; it is ignored and never published (ลิงก์ชี้ออกนอกโฟลเดอร์ content)");
                        continue;
                    }
                }

                if (entry is DirectoryInfo)
                {
                    if (!isLink)
                    {
                        pending.Push(entry.FullName);
                    }

                    continue;
                }

                // A link's own size is not its file's: look the target up again.
                var info = isLink ? new FileInfo(entry.FullName) : (FileInfo)entry;
                if (Publishing.RegularFiles.NotRegular(info.FullName) is { } what)
                {
                    diagnostics.Error(DiagnosticCodes.SpecialFile, new SourceSpan(Combine(displayRoot, contentPath)), Publishing.RegularFiles.Message(what));
                    continue;
                }

                var extension = info.Extension.ToLowerInvariant();
                yield return new FoundFile(info, contentPath, Combine(displayRoot, contentPath), extension is ".md" or ".yaml" or ".yml");
            }
        }
    }

    private static string? RealPath(string path)
    {
        try
        {
            var info = new FileInfo(path);
            var resolved = info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            if (resolved is null && Directory.Exists(path))
            {
                var dirInfo = new DirectoryInfo(path);
                resolved = dirInfo.LinkTarget is null ? dirInfo.FullName : dirInfo.ResolveLinkTarget(true)?.FullName;
            }

            return resolved is null ? null : Path.GetFullPath(resolved);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static bool IsInside(string path, string? root) =>
        root is not null && (path == root || path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    private static int LineOf(string text, int index) => 1 + text.AsSpan(0, Math.Max(0, index)).Count('\n');

    private static string Combine(string displayRoot, string contentPath) =>
        string.IsNullOrEmpty(displayRoot) || displayRoot == "." ? contentPath : $"{displayRoot.TrimEnd('/', '\\')}/{contentPath}";
}
