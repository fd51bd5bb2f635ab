using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;

namespace ItaSite.Generator.Checking;

/// <summary>
/// An attachment named as evidence: not empty, readable text where asked, and whether a signature can be more than typeset
/// text. Whether it really is a file of its type is the published-file policy's decision (ITA3011), so refused files are skipped.
/// </summary>
internal sealed class DocumentChecks(EvidenceContext context)
{
    /// <summary>Fewer letters than this and a PDF is a scan without text (or blank) to a reader and to search.</summary>
    private const int MinimumTextLetters = 40;

    public IEnumerable<ReadinessFinding> Check(Component component, string contentPath, SourceSpan span)
    {
        if (!context.Site.Content.Assets.TryGetValue(contentPath, out var file))
        {
            yield break; // ITA3002 already reports a missing attachment.
        }

        if (!context.Files.Verdict(file).Allowed)
        {
            // The published-file policy refuses it (ITA3010-3016, at the line that names the file, saying what the file really
            // is): one problem, one diagnostic.
            yield break;
        }

        var code = context.Page.Code;
        if (file.Length == 0)
        {
            yield return ReadinessFinding.Of(Severity.Error, DiagnosticCodes.EmptyAttachment, span,
                $"{code} {component.Id}: attachment '{contentPath}' is empty (0 bytes)",
                $"ไฟล์แนบ {contentPath} เป็นไฟล์ว่าง (0 ไบต์) ผู้ประเมินเปิดแล้วไม่พบข้อมูล",
                "ใส่ไฟล์เอกสารฉบับจริงแทนไฟล์ว่าง");
            yield break;
        }

        if (!contentPath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }

        if (component.Requires.Text && context.PdfText is { } extractor)
        {
            var (text, _) = extractor.Extract(file.FullPath);
            if (text is not null && text.Count(char.IsLetter) < MinimumTextLetters)
            {
                yield return ReadinessFinding.Of(Severity.Error, DiagnosticCodes.NoReadableText, span,
                    $"{code} {component.Id}: '{contentPath}' has no readable text (a scan without OCR, or blank pages)",
                    $"ไฟล์ {contentPath} ไม่มีข้อความที่อ่านได้ (เป็นภาพสแกนที่ไม่ได้แปลงเป็นข้อความ หรือเป็นหน้าว่าง)",
                    "ใช้ไฟล์ PDF ที่ส่งออกจากเอกสารต้นฉบับ หรือสแกนพร้อมแปลงเป็นข้อความ (OCR)");
            }
        }

        if (component.Requires.Manual.Contains(ManualCheck.Signature) && !FileSignature.PdfHasImage(file.FullPath))
        {
            yield return ReadinessFinding.Of(Severity.Warning, DiagnosticCodes.TypesetSignature, span,
                $"{code} {component.Id}: '{contentPath}' contains no image, so its signature can only be typeset text, not a signed copy",
                $"ไฟล์ {contentPath} ไม่มีภาพใดเลย ลายมือชื่อในเอกสารจึงเป็นเพียงตัวพิมพ์ ไม่ใช่ฉบับที่ลงนามจริง",
                "สแกนเอกสารฉบับที่ผู้บริหารลงนามแล้ว (พร้อมตราประทับถ้ามี) มาแทนไฟล์นี้");
        }
    }
}
