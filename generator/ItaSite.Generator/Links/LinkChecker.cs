using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Markdown;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Links;

/// <summary>
/// Stage "links": checks every link, image, attachment and evidence reference against the site, with the position where it was
/// written, and decides which content files are published (only referenced ones).
/// </summary>
public sealed class LinkChecker(SiteModel site, IReadOnlyDictionary<ContentPage, RenderedMarkdown> bodies, BuildLimits limits, DiagnosticBag diagnostics, IEnumerable<string>? dataAssets = null, Publishing.PublishedFilePolicy? files = null)
{
    private readonly Publishing.PublishedFilePolicy _files = files ?? new();
    private readonly HashSet<string> _refused = new(StringComparer.Ordinal);

    private readonly HashSet<(string Path, string InFile)> _refusedIn = [];

    /// <summary>Returns the content paths of the assets to publish.</summary>
    public IReadOnlySet<string> Check()
    {
        var published = new SortedSet<string>(dataAssets ?? [], StringComparer.Ordinal);
        var headingsByUrl = new Lazy<Dictionary<string, RenderedMarkdown>>(() => bodies.ToDictionary(b => UrlOf(b.Key), b => b.Value), LazyThreadSafetyMode.None);
        foreach (var (page, rendered) in bodies)
        {
            foreach (var use in rendered.Links)
            {
                CheckLink(use.Link, use.Span, rendered, headingsByUrl, published);
                if (use.IsImage && !use.HasAltText)
                {
                    diagnostics.Warning(DiagnosticCodes.MissingAltText, use.Span, "image has no alternative text: write ![คำอธิบายภาพ](file) (ภาพไม่มีข้อความทดแทน)");
                }
            }

            CheckAttachments(page, published);
        }

        foreach (var item in site.Items)
        {
            var rendered = bodies.GetValueOrDefault(item.Page);
            foreach (var evidence in item.Page.Evidence)
            {
                var link = site.Links.Resolve(item.Page.Source.ContentPath, evidence.Target);
                CheckLink(link, evidence.Span, rendered, headingsByUrl, published);
            }
        }

        foreach (var (link, span) in SiteReferences.Resolve(site, diagnostics))
        {
            // SiteReferences lets site.yaml name a .css file only as theme.css, the site's own stylesheet.
            var use = link.AssetContentPath?.EndsWith(".css", StringComparison.OrdinalIgnoreCase) == true ? Publishing.FileUse.SiteStylesheet : Publishing.FileUse.Attachment;
            CheckLink(link, span, null, headingsByUrl, published, use);
        }

        // Files of a year that is not built (a draft, in build) belong to pages that are not built either: not reported.
        foreach (var asset in site.Content.Assets.Values.Where(a => !published.Contains(a.ContentPath) && !_refused.Contains(a.ContentPath) && !InYearNotBuilt(a.ContentPath)))
        {
            diagnostics.Warning(DiagnosticCodes.UnreferencedFile, new SourceSpan(asset.DisplayPath), "no page links to or lists this file, so it is not published (ไฟล์นี้ไม่ถูกอ้างถึง จึงไม่ถูกเผยแพร่)");
        }

        return published;
    }

    private bool InYearNotBuilt(string contentPath) =>
        Content.YearFolders.YearOf(contentPath) is { } year && !contentPath.StartsWith("data/", StringComparison.Ordinal) && !site.Frameworks.ContainsKey(year);

    private Dictionary<ContentPage, string>? _pageUrls;

    private string UrlOf(ContentPage page) => page switch
    {
        ItemPage item => SiteModel.ItemPath(item.Year, item.Code).Value,
        MeasurePage measure => SiteModel.MeasurePath(measure.Year, measure.Number).Value,
        _ => (_pageUrls ??= site.Pages.ToDictionary<BoundPage, ContentPage, string>(p => p.Page, p => p.Url.Value, ReferenceEqualityComparer.Instance)).GetValueOrDefault(page) ?? string.Empty,
    };

    /// <param name="byUrl">Every body by its page's path; made only when a link to another page names an anchor.</param>
    private void CheckLink(ResolvedLink link, SourceSpan span, RenderedMarkdown? own, Lazy<Dictionary<string, RenderedMarkdown>> byUrl, SortedSet<string> published, Publishing.FileUse use = Publishing.FileUse.Attachment)
    {
        switch (link.Kind)
        {
            case LinkKind.Broken:
                diagnostics.Error(DiagnosticCodes.BrokenLink, span, $"link target '{link.Written}' does not exist (ลิงก์เสีย: ไม่พบปลายทาง)");
                break;
            case LinkKind.Escapes:
                diagnostics.Error(DiagnosticCodes.PathEscape, span, $"link '{link.Written}' points outside the content folder (ลิงก์ชี้ออกนอกโฟลเดอร์ content)");
                break;
            case LinkKind.Blocked:
                diagnostics.Error(DiagnosticCodes.UnsafeLink, span, $"link '{link.Written}' uses a scheme that can run code; it is not published (ลิงก์ไม่ปลอดภัย)");
                break;
            case LinkKind.SamePageAnchor when own is not null && link.Fragment is { Length: > 0 } fragment && !own.HasAnchor(fragment):
                diagnostics.Error(DiagnosticCodes.BrokenAnchor, span, $"this page has no heading with id '#{fragment}' (ไม่พบหัวข้อที่อ้างถึงในหน้านี้)");
                break;
            case LinkKind.Page when link.Fragment is { Length: > 0 } fragment
                && byUrl.Value.TryGetValue(link.Target!.Value.Value, out var target)
                && !target.HasAnchor(fragment):
                diagnostics.Error(DiagnosticCodes.BrokenAnchor, span, $"page {link.Target} has no heading with id '#{fragment}' (ไม่พบหัวข้อที่อ้างถึง)");
                break;
            case LinkKind.Asset:
                Publish(link.AssetContentPath!, span, published, use);
                break;
        }
    }

    private void CheckAttachments(ContentPage page, SortedSet<string> published)
    {
        foreach (var attachment in page.Attachments)
        {
            if (!site.Content.Assets.ContainsKey(attachment.ContentPath))
            {
                diagnostics.Error(DiagnosticCodes.MissingAttachment, attachment.Span, $"attachment '{attachment.ContentPath}' is not in the content folder (ไม่พบไฟล์แนบ)");
                continue;
            }

            Publish(attachment.ContentPath, attachment.Span, published);
        }
    }

    private void Publish(string contentPath, SourceSpan span, SortedSet<string> published, Publishing.FileUse use = Publishing.FileUse.Attachment)
    {
        var asset = site.Content.Assets[contentPath];
        if (asset.Length > limits.MaxAttachmentBytes)
        {
            diagnostics.Error(DiagnosticCodes.FileTooLarge, span, $"'{contentPath}' is {asset.Length / 1024 / 1024:N0} MB; attachments may be at most {limits.MaxAttachmentBytes / 1024 / 1024:N0} MB — compress or split the scan (ไฟล์แนบใหญ่เกินกำหนด)");
            return;
        }

        if (_refusedIn.Contains((contentPath, span.File)))
        {
            return; // one refusal per file and source file: at the first line of that file that names it
        }

        if (!_files.Check(asset, span, use, diagnostics))
        {
            _refused.Add(contentPath); // reported where it is used; not also "unreferenced"
            _refusedIn.Add((contentPath, span.File));
            return;
        }

        published.Add(contentPath);
    }
}
