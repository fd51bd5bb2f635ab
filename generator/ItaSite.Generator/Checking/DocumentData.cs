using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;

namespace ItaSite.Generator.Checking;

/// <summary>
/// A component that asks for a data set (or the executives' photographs) but whose evidence is a document instead — a scanned
/// สขร.1, a quarterly statistics PDF, a PDF of the executives. The assessor accepts such documents, but check cannot read months
/// or counts out of them, so it says so (a warning: ตรวจด้วยตนเอง) instead of failing the item; a PDF asked to show photographs
/// that holds no image at all cannot show any, which is an error.
/// </summary>
internal sealed class DocumentData(EvidenceContext context)
{
    public IEnumerable<ReadinessFinding> Check(Component component, string wanted, IReadOnlyList<(string ContentPath, SourceSpan Span)> documents)
    {
        var code = context.Page.Code;
        if (component.Requires.Kind == EvidenceKind.Photo)
        {
            var pdfs = documents.Where(d => context.Site.Content.Assets[d.ContentPath] is var f && FileSignature.IsPdf(FileSignature.Head(f.FullPath))).ToList();
            var blind = pdfs.Where(d => !FileSignature.PdfHasImage(context.Site.Content.Assets[d.ContentPath].FullPath)).ToList();
            foreach (var (path, span) in blind)
            {
                yield return ReadinessFinding.Of(Severity.Error, DiagnosticCodes.NotAPhoto, span,
                    $"{code} {component.Id}: '{path}' is given for the executives' photographs but contains no image at all",
                    $"ไฟล์ {path} ที่ระบุเป็นรูปถ่ายผู้บริหารไม่มีภาพใดเลย (อาจมีเพียงชื่อหรืออักษรย่อ) จึงไม่มีรูปถ่ายให้ผู้ประเมินเห็น",
                    "ใส่รูปถ่ายจริงของผู้บริหารแต่ละคนในไฟล์ข้อมูลผู้บริหาร (photo:) แล้วใส่ ::data[ชื่อไฟล์] ใต้หัวข้อที่เป็นหลักฐาน");
            }

            if (blind.Count == documents.Count)
            {
                yield break;
            }

            var shown = documents.Except(blind).First();
            yield return ReadinessFinding.Of(Severity.Warning, DiagnosticCodes.DataInDocument, shown.Span,
                $"{code} {component.Id}: the photographs are inside '{shown.ContentPath}', so check cannot count one per person; check by hand",
                $"รูปถ่ายผู้บริหารอยู่ในไฟล์ {shown.ContentPath} โปรแกรมจึงตรวจไม่ได้ว่ามีรูปถ่ายจริงครบทุกคน (ตรวจด้วยตนเอง)",
                "เปิดไฟล์ตรวจว่ามีรูปถ่ายของผู้บริหารทุกคน หรือใช้ไฟล์ข้อมูลผู้บริหาร (kind: executives) ซึ่งโปรแกรมตรวจได้");
            yield break;
        }

        var first = documents[0];
        var what = component.Requires.Monthly && context.From is not null ? "covers the period month by month" : "is complete";
        var thaiWhat = component.Requires.Monthly && context.From is not null ? "มีข้อมูลครบทุกเดือนของช่วงเวลาที่เกณฑ์กำหนด" : "มีข้อมูลครบถ้วน";
        yield return ReadinessFinding.Of(Severity.Warning, DiagnosticCodes.DataInDocument, first.Span,
            $"{code} {component.Id}: the '{wanted}' data is in a document ('{first.ContentPath}'), so check cannot verify that it {what}; check by hand",
            $"ข้อมูลขององค์ประกอบ {component.Id} อยู่ในไฟล์ {first.ContentPath} โปรแกรมจึงตรวจไม่ได้ว่า{thaiWhat} (ตรวจด้วยตนเอง)",
            $"เปิดไฟล์ตรวจด้วยตนเอง หรือบันทึกข้อมูลเป็นไฟล์ข้อมูล kind: {wanted} ในโฟลเดอร์ data/ แล้วใส่ ::data[ชื่อไฟล์] ใต้หัวข้อที่เป็นหลักฐาน ซึ่งโปรแกรมตรวจได้ทุกเดือน");
    }
}
