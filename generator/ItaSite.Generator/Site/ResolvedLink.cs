using ItaSite.Generator.Output;

namespace ItaSite.Generator.Site;

public enum LinkKind
{
    /// <summary>http(s), mailto: or tel: — listed by check, never fetched.</summary>
    External,

    /// <summary>A page of this site (possibly with a #fragment).</summary>
    Page,

    /// <summary>A file of the content folder published with the site.</summary>
    Asset,

    /// <summary>Only a #fragment on the same page.</summary>
    SamePageAnchor,

    /// <summary>A target that does not exist.</summary>
    Broken,

    /// <summary>A reference that leaves the content folder.</summary>
    Escapes,

    /// <summary>A scheme that can run code (javascript:, data:, vbscript:) — never published.</summary>
    Blocked,
}

/// <summary>What a link written in content points to, and the href to publish.</summary>
public sealed record ResolvedLink(LinkKind Kind, string Written, SitePath? Target, string? Fragment, string? AssetContentPath)
{
    public string Href(SitePath from) => Kind switch
    {
        LinkKind.Page or LinkKind.Asset => Target!.Value.RelativeFrom(from) + (Fragment is null ? string.Empty : "#" + Fragment),
        LinkKind.SamePageAnchor => "#" + Fragment,
        LinkKind.External => Written,
        LinkKind.Blocked => "#",
        _ => Written,
    };
}
