using System.Text.RegularExpressions;
using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Checking;

/// <summary>
/// The Thai reason and fix the readiness report shows for a finding. Findings of the readiness stage carry their own; those
/// reported by earlier stages (links, attachments, images) get one from their code, quoting what the message names.
/// </summary>
public static partial class ThaiReasons
{
    [GeneratedRegex("'([^']+)'")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\(([^()]*[\u0E00-\u0E7F][^()]*)\)\s*$")]
    private static partial Regex TrailingThai();

    public static string Reason(ReadinessFinding finding)
    {
        if (finding.Thai is { } thai)
        {
            return thai;
        }

        var quoted = Quoted().Match(finding.Message) is { Success: true } m ? " " + m.Groups[1].Value : string.Empty;
        return finding.Code switch
        {
            DiagnosticCodes.BrokenLink => "ลิงก์ไปยังหน้าที่ไม่มีอยู่" + quoted,
            DiagnosticCodes.MissingAttachment => "ไม่พบไฟล์แนบ" + quoted,
            DiagnosticCodes.BrokenAnchor => "ไม่พบหัวข้อที่ลิงก์หรือหลักฐานอ้างถึง" + quoted,
            DiagnosticCodes.MissingAltText => "รูปภาพไม่มีคำอธิบายภาพสำหรับผู้พิการทางสายตา",
            DiagnosticCodes.UnsafeLink => "ลิงก์ที่ไม่ปลอดภัยถูกตัดออก" + quoted,
            _ => TrailingThai().Match(finding.Message) is { Success: true } t ? t.Groups[1].Value : $"พบปัญหาในหน้านี้ (รหัส {finding.Code})",
        };
    }

    public static string Fix(ReadinessFinding finding) => finding.Fix ?? finding.Code switch
    {
        DiagnosticCodes.BrokenLink => "แก้ลิงก์ให้ชี้ไปยังหน้าที่มีอยู่ หรือสร้างหน้านั้น",
        DiagnosticCodes.MissingAttachment => "นำไฟล์แนบใส่ในโฟลเดอร์ files/ ของปีนั้น หรือแก้ชื่อไฟล์ให้ตรง",
        DiagnosticCodes.BrokenAnchor => "แก้ชื่อหัวข้อ (#…) ให้ตรงกับหัวข้อที่มีในหน้า",
        DiagnosticCodes.MissingAltText => "เขียนคำอธิบายภาพในวงเล็บเหลี่ยม ![คำอธิบาย](ไฟล์)",
        _ => "แก้ไขตามรายละเอียดในผลการตรวจของรหัสนี้",
    };
}
