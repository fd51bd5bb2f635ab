using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Binding;

/// <summary>Takes the Markdown files site.yaml names as theme partials out of the published pages.</summary>
public static class SitePartialsBinder
{
    /// <summary>Removes the partials from <paramref name="generic"/> and returns them; a partial that is not a page of the content folder is an error.</summary>
    public static SitePartials Take(SiteConfig config, List<BoundPage> generic, DiagnosticBag diagnostics)
    {
        if (config.Overrides is not { } overrides)
        {
            return SitePartials.None;
        }

        var partials = new SitePartials(Find(overrides.Header), Find(overrides.Footer), Find(overrides.HomeIntro));
        generic.RemoveAll(p => partials.All.Contains(p));
        return partials;

        BoundPage? Find(SiteReference? reference)
        {
            if (reference is null)
            {
                return null;
            }

            var path = ContentPaths.Resolve("site.yaml", reference.Written);
            var page = path is null ? null : generic.FirstOrDefault(p => p.Page.Source.ContentPath == path);
            if (page is null && reference.Written.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Error(DiagnosticCodes.BrokenLink, reference.Span, $"theme partial '{reference.Written}' is not a Markdown file of the content folder (ไม่พบไฟล์ส่วนแทนที่)");
            }

            return page;
        }
    }
}
