using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Checking;

/// <summary>
/// Looks at the evidence a page maps to one component the way the assessor would open it: sections must have content, and the
/// kind of evidence the framework asks for (<see cref="EvidenceRequirement"/>) must be there and hold up — documents, data
/// sets month by month, photographs, dated lists inside the period, site pages.
/// </summary>
public sealed class EvidenceInspector(EvidenceContext context)
{
    private readonly DocumentChecks _documents = new(context);

    public IEnumerable<ReadinessFinding> Inspect(Component component, IReadOnlyList<EvidenceRef> refs)
    {
        var findings = new List<ReadinessFinding>();
        var sections = new List<PageSection>();
        var attachments = new List<(string ContentPath, Diagnostics.SourceSpan Span)>();
        var pages = 0;
        foreach (var evidence in refs)
        {
            var link = context.Resolve(evidence.Target);
            if (context.Section(evidence.Target.Trim()) is { } section)
            {
                sections.Add(section);
                if (!section.HasContent)
                {
                    findings.Add(ReadinessFinding.Of(Severity.Error, DiagnosticCodes.EmptySection, evidence.Span,
                        $"{context.Page.Code} {component.Id}: section '{evidence.Target}' has a heading but no content",
                        $"หัวข้อ \"{section.Heading.Text}\" ที่ระบุเป็นหลักฐานขององค์ประกอบ {component.Id} มีแต่หัวข้อ ไม่มีเนื้อหา",
                        "ใส่เนื้อหา ตาราง หรือไฟล์แนบใต้หัวข้อนี้ หรือเปลี่ยนหลักฐานไปยังหัวข้อที่มีข้อมูล"));
                }
            }
            else if (link.Kind == LinkKind.Asset && link.AssetContentPath is { } path)
            {
                attachments.Add((path, evidence.Span));
            }
            else if (link.Kind == LinkKind.Page)
            {
                pages++;
            }
        }

        attachments.AddRange(sections.SelectMany(s => s.Links)
            .Where(l => !l.IsImage && l.Link.Kind == LinkKind.Asset && l.Link.AssetContentPath is not null)
            .Select(l => (l.Link.AssetContentPath!, l.Span)));
        pages += sections.Sum(s => s.Links.Count(l => l.Link.Kind == LinkKind.Page));
        foreach (var (path, span) in attachments.Distinct())
        {
            findings.AddRange(_documents.Check(component, path, span));
        }

        var requires = component.Requires;
        var anchor = refs.Count > 0 ? refs[0].Span : context.Page.CodeSpan;
        switch (requires.Kind)
        {
            case EvidenceKind.Document when attachments.Count == 0 && refs.Count > 0:
                findings.Add(ReadinessFinding.Of(Severity.Error, DiagnosticCodes.NoDocument, anchor,
                    $"{context.Page.Code} {component.Id} asks for a document, but its evidence has no attachment",
                    $"องค์ประกอบ {component.Id} ต้องเป็นเอกสาร แต่หลักฐานที่ระบุไม่มีไฟล์แนบ (มีเพียงข้อความหรือรายชื่อเรื่อง)",
                    "แนบไฟล์เอกสารฉบับจริง (PDF) ใต้ 'attachments:' แล้วระบุในหลักฐาน หรือใส่ลิงก์ไปยังไฟล์ในหัวข้อที่เป็นหลักฐาน"));
                break;
            case EvidenceKind.Data or EvidenceKind.Photo:
                findings.AddRange(new DataChecks(context).Check(component, sections, [.. attachments.Distinct()], anchor));
                break;
            case EvidenceKind.DatedList:
                findings.AddRange(new DatedListChecks(context).Check(component, sections, anchor));
                break;
            case EvidenceKind.Page when pages == 0 && refs.Count > 0:
                findings.Add(ReadinessFinding.Of(Severity.Error, DiagnosticCodes.NoSitePage, anchor,
                    $"{context.Page.Code} {component.Id} asks for a link to a page of the site, but its evidence links none",
                    $"องค์ประกอบ {component.Id} ต้องเชื่อมโยงไปยังหน้าของเว็บไซต์ แต่หลักฐานไม่มีลิงก์ไปยังหน้าใดของเว็บไซต์",
                    "ระบุหน้าของเว็บไซต์ในหลักฐาน เช่น /complaints/ หรือใส่ลิงก์ไปยังหน้านั้นในหัวข้อที่เป็นหลักฐาน"));
                break;
        }

        return findings;
    }
}
