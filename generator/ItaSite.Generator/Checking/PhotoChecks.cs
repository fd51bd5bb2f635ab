using ItaSite.Generator.Data;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;

namespace ItaSite.Generator.Checking;

/// <summary>Portraits of the executives data set: a photograph (raster image, not a drawing) for every person, one per person.</summary>
internal sealed class PhotoChecks(EvidenceContext context)
{
    public IEnumerable<ReadinessFinding> Check(Component component, ExecutiveSet set)
    {
        var code = context.Page.Code;
        var people = set.Groups.SelectMany(g => g.People).ToList();
        foreach (var person in people)
        {
            if (person.PhotoContentPath is not { } path)
            {
                yield return ReadinessFinding.Of(Severity.Error, DiagnosticCodes.NotAPhoto, person.Span,
                    $"{code} {component.Id}: {person.Name} has no photo",
                    $"{person.Name} ({person.Position}) ไม่มีรูปถ่าย",
                    "ใส่รูปถ่ายจริงของบุคคลนี้ (JPEG หรือ PNG) ที่ photo:");
                continue;
            }

            if (context.Site.Content.Assets.TryGetValue(path, out var file) && !FileSignature.IsRaster(FileSignature.Head(file.FullPath)))
            {
                yield return ReadinessFinding.Of(Severity.Error, DiagnosticCodes.NotAPhoto, person.Span,
                    $"{code} {component.Id}: the photo of {person.Name} ('{path}') is not a photograph (not a JPEG, PNG, GIF or WebP image)",
                    $"รูปของ {person.Name} ({path}) ไม่ใช่รูปถ่าย (เป็นภาพวาดหรือไฟล์ชนิดอื่น ไม่ใช่ไฟล์ภาพถ่าย JPEG/PNG)",
                    "แทนที่ด้วยรูปถ่ายจริงของบุคคลนี้เป็นไฟล์ JPEG หรือ PNG");
            }
        }

        foreach (var shared in people.Where(p => p.PhotoContentPath is not null).GroupBy(p => p.PhotoContentPath!, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var names = shared.Select(p => p.Name).ToList();
            yield return ReadinessFinding.Of(Severity.Error, DiagnosticCodes.SharedPhoto, shared.First().Span,
                $"{code} {component.Id}: {names.Count} people share one photo '{shared.Key}' ({string.Join(", ", names)}); each person needs their own",
                $"{names.Count} คนใช้รูปเดียวกัน ({shared.Key}) ได้แก่ {string.Join(" ", names)} รูปนี้จึงไม่ใช่รูปถ่ายของแต่ละคน",
                "ใส่รูปถ่ายของแต่ละคนเป็นไฟล์แยกกัน");
        }
    }
}
