using ItaSite.Generator.Content;
using ItaSite.Generator.Data.Loading;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Site;
using ItaSite.Generator.Thai;

namespace ItaSite.Generator.Checking;

/// <summary>
/// Stage "readiness" (check only, after "links"): judges every framework item of every year the way the assessor would —
/// page present, every required component mapped to evidence, evidence of the right period, sensible update date — reports
/// what it finds as ITA4xxx diagnostics and returns a verdict per item with all its reasons, including link and attachment
/// problems reported by earlier stages for the item's page.
/// </summary>
public sealed class ReadinessChecker(SiteModel site, IReadOnlyDictionary<ContentPage, RenderedMarkdown> bodies, TimeProvider time, DiagnosticBag diagnostics)
{
    /// <summary>The data sets (for data and photo evidence); empty unless given.</summary>
    public DataCatalog Data { get; init; } = DataCatalog.Empty;

    /// <summary>pdftotext, for documents whose component asks for readable text; null skips that check.</summary>
    public Search.PdfTextExtractor? PdfText { get; init; }

    /// <summary>The build's published-file policy, so evidence checks skip files it already refused; a fresh one unless given.</summary>
    public Publishing.PublishedFilePolicy Files { get; init; } = new();

    private const int ComponentTextLength = 70;

    private ILookup<BoundMeasure, ReadinessFinding> _overdue = Array.Empty<ReadinessFinding>().ToLookup(_ => default(BoundMeasure)!);

    public CheckReport Check()
    {
        var today = ThaiClock.Today(time);
        var earlier = diagnostics.Sorted().ToLookup(d => d.Span.File, StringComparer.Ordinal);
        var overdue = site.Measures.Select(m => (Measure: m, Finding: MeasureDeadlines.Check(m, today))).Where(x => x.Finding is not null).ToList();
        foreach (var (_, finding) in overdue)
        {
            diagnostics.Add(new Diagnostic(finding!.Severity, finding.Code, finding.Message, finding.Location));
        }

        _overdue = overdue.ToLookup(x => x.Measure, x => x.Finding!);
        var years = site.Frameworks.Values.OrderBy(f => f.Year).Select(f => CheckYear(f, today, earlier)).ToList();
        return new CheckReport(site.Config.Name, site.Config.BaseUrl, today, years, ExternalLinks());
    }

    private YearReadiness CheckYear(IndicatorFramework framework, DateOnly today, ILookup<string, Diagnostic> earlier)
    {
        var coverage = new TimeCoverage(framework.Year, today);
        FrameworkNotices.Report(framework, diagnostics);
        var items = framework.Items.Select(item =>
        {
            var readiness = site.FindItem(framework.Year, item.Code) is { } bound
                ? CheckItem(bound, coverage, today, earlier[bound.Page.Source.DisplayPath])
                : Missing(framework.Year, item);
            return readiness with { Provisional = item.Provisional || framework.IsDraft, Confidence = item.Confidence };
        }).ToList();
        return new YearReadiness(framework.Year, framework.Title, items) { Rating = framework.Rating, FrameworkConfidence = framework.Confidence };
    }

    private ItemReadiness Missing(int year, FrameworkItem item)
    {
        var folder = site.Content.SiteFile is { } file ? file.DisplayPath[..^file.ContentPath.Length] + $"oit/{year}" : $"oit/{year}";
        var finding = new ReadinessFinding(Severity.Error, DiagnosticCodes.ItemWithoutPage, $"{item.Code} {item.Title} has no page: the assessor will find nothing to score (ข้อนี้ยังไม่มีหน้าเนื้อหา)", new SourceSpan(folder))
        {
            Thai = $"ข้อ {item.Code} ยังไม่มีหน้าเนื้อหา ผู้ประเมินจะไม่พบข้อมูลให้คะแนน",
            Fix = $"สร้างไฟล์ {item.Code.Slug}.md ในโฟลเดอร์ oit/{year}/ (indicator: {item.Code})",
        };
        diagnostics.Add(new Diagnostic(finding.Severity, finding.Code, finding.Message, finding.Location));
        var components = item.Components.Select(c => new ComponentCoverage(c.Id, c.Text, false) { Manual = c.Requires.Manual }).ToList();
        return new ItemReadiness(item.Code, item.Title, item.Period, ReadinessVerdict.Fail, Absolute(SiteModel.ItemPath(year, item.Code).Value), null, null, null, components, [finding]);
    }

    private ItemReadiness CheckItem(BoundItem bound, TimeCoverage coverage, DateOnly today, IEnumerable<Diagnostic> earlier)
    {
        var page = bound.Page;
        var own = new List<ReadinessFinding>();
        own.AddRange(ComponentFindings(bound));
        own.AddRange(coverage.Check(page, bound.Item.Period));
        own.AddRange(EvidenceFindings(bound, coverage, today));
        if (page.Status != PageStatus.Done)
        {
            // The editors already know this item is unfinished: its gaps are warnings (the item still fails the report).
            own = [.. own.Select(f => f.Code == DiagnosticCodes.UpdatedInFuture ? f : f.AsAcknowledged(page.Status.Key()))];
            own.Add(new(Severity.Warning, DiagnosticCodes.NotDone, $"status is '{page.Status.Key()}' ({page.Status.Thai()}); set 'status: done' when the evidence is complete", FrontMatterLines.Find(page, "status") ?? page.CodeSpan)
            {
                Thai = $"หน้านี้ระบุสถานะ (status) \"{page.Status.Thai()}\" ข้อนี้จึงยังไม่พร้อมรับการประเมิน",
                Fix = "เมื่อหลักฐานครบแล้ว เปลี่ยนเป็น status: done",
            });
        }

        foreach (var finding in own)
        {
            diagnostics.Add(new Diagnostic(finding.Severity, finding.Code, finding.Message, finding.Location));
        }

        var measures = site.MeasuresFor(bound).SelectMany(m => _overdue[m]);
        var findings = earlier.Where(d => d.Severity != Severity.Info).Select(ReadinessFinding.From).Concat(own).Concat(measures)
            .OrderBy(f => f.Location.Line).ThenBy(f => f.Location.Column).ThenBy(f => f.Code, StringComparer.Ordinal).ToList();
        var verdict = findings.Any(f => f.FailsItem) ? ReadinessVerdict.Fail
            : findings.Any(f => f.Severity == Severity.Warning) ? ReadinessVerdict.Warn
            : ReadinessVerdict.Pass;
        var covered = page.Evidence.Select(e => e.ComponentId).ToHashSet(StringComparer.Ordinal);
        var components = bound.Item.Components.Select(c => new ComponentCoverage(c.Id, c.Text, covered.Contains(c.Id)) { Manual = c.Requires.Manual }).ToList();
        return new ItemReadiness(page.Code, bound.Title, bound.Item.Period, verdict, Absolute(bound.Url.Value), page.Source.DisplayPath, page.Status, page.Updated, components, findings);
    }

    private List<ReadinessFinding> EvidenceFindings(BoundItem bound, TimeCoverage coverage, DateOnly today)
    {
        var period = bound.Item.Period == PeriodRule.None ? ((DateOnly, DateOnly)?)null : coverage.Required(bound.Item.Period) is var r ? (r.From, r.To) : null;
        var context = new EvidenceContext(site, bound, bodies.GetValueOrDefault(bound.Page), Data, PdfText, today, period?.Item1, period?.Item2) { Files = Files };
        var inspector = new EvidenceInspector(context);
        return [.. bound.Item.Components.SelectMany(c => inspector.Inspect(c, [.. bound.Page.Evidence.Where(e => e.ComponentId == c.Id)]))];
    }

    private IEnumerable<ReadinessFinding> ComponentFindings(BoundItem bound)
    {
        var page = bound.Page;
        var evidenceSpan = FrontMatterLines.Find(page, "evidence") ?? page.CodeSpan;
        foreach (var component in bound.Item.Components)
        {
            var refs = page.Evidence.Where(e => e.ComponentId == component.Id).ToList();
            if (refs.Count == 0)
            {
                yield return new(Severity.Error, DiagnosticCodes.ComponentNotCovered,
                    $"{page.Code} component {component.Id} is not covered: \"{Shorten(component.Text)}\"; map it under 'evidence:' to a #heading, attachment or page (ไม่ครบองค์ประกอบด้านข้อมูล)",
                    evidenceSpan)
                {
                    Thai = $"องค์ประกอบ {component.Id} \"{Shorten(component.Text)}\" ยังไม่มีหลักฐาน (ไม่ครบองค์ประกอบด้านข้อมูล)",
                    Fix = $"ระบุหลักฐานขององค์ประกอบ {component.Id} ใต้ evidence: เป็นหัวข้อ (#…) ไฟล์แนบ หรือหน้าของเว็บไซต์",
                };
                continue;
            }

            if (refs.All(e => site.Links.Resolve(page.Source.ContentPath, e.Target).Kind == LinkKind.External))
            {
                yield return new(Severity.Warning, DiagnosticCodes.EvidenceElsewhere,
                    $"{page.Code} component {component.Id} is only on another website ({refs[0].Target}); the assessor expects it on the agency's own site — publish a copy or a summary here (หลักฐานอยู่นอกเว็บไซต์หน่วยงาน)",
                    refs[0].Span)
                {
                    Thai = $"หลักฐานขององค์ประกอบ {component.Id} อยู่นอกเว็บไซต์หน่วยงาน ({refs[0].Target}) ผู้ประเมินต้องการข้อมูลบนเว็บไซต์ของหน่วยงาน",
                    Fix = "เผยแพร่สำเนาหรือสรุปข้อมูลไว้ในหน้านี้ แล้วระบุเป็นหลักฐาน",
                };
            }
        }
    }

    private List<ExternalLink> ExternalLinks()
    {
        var inBodies = bodies.Values.SelectMany(b => b.Links).Where(l => l.Link.Kind == LinkKind.External).Select(l => new ExternalLink(l.Link.Written, l.Span));
        var inEvidence = site.Items.SelectMany(i => i.Page.Evidence.Select(e => (Page: i.Page, Evidence: e)))
            .Where(x => site.Links.Resolve(x.Page.Source.ContentPath, x.Evidence.Target).Kind == LinkKind.External)
            .Select(x => new ExternalLink(x.Evidence.Target.Trim(), x.Evidence.Span));
        return [.. inBodies.Concat(inEvidence).Distinct()
            .OrderBy(l => l.Location.File, StringComparer.Ordinal).ThenBy(l => l.Location.Line).ThenBy(l => l.Location.Column)];
    }

    private string Absolute(string sitePath) => new Uri(site.Config.BaseUrl, sitePath.TrimStart('/')).AbsoluteUri;

    private static string Shorten(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= ComponentTextLength ? flat : flat[..ComponentTextLength] + "…";
    }
}
