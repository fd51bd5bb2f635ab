using ItaSite.Generator.Content;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Theming;

/// <summary>Describes attachments for layouts: title, file name, relative href, size and type.</summary>
public static class AttachmentViews
{
    public static List<AttachmentView> For(IEnumerable<AttachmentRef> attachments, SiteModel site, PageContext context) =>
        [.. attachments
            .Where(a => site.Content.Assets.ContainsKey(a.ContentPath))
            .Select(a =>
            {
                var asset = site.Content.Assets[a.ContentPath];
                var fileName = Path.GetFileName(a.ContentPath);
                return new AttachmentView(
                    a.Title ?? fileName,
                    fileName,
                    context.Href(LinkResolver.AssetSitePath(a.ContentPath)),
                    context.Format.FileSize(asset.Length),
                    TypeLabel(fileName));
            })];

    private static string TypeLabel(string fileName)
    {
        var extension = Path.GetExtension(fileName).TrimStart('.').ToUpperInvariant();
        return extension.Length == 0 ? "ไฟล์" : extension;
    }
}
