using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Directives;
using ItaSite.Generator.Site;

namespace ItaSite.Generator.Markdown;

public sealed record HeadingInfo(int Level, string Id, string Text, int Line);

/// <summary>A link or image found in a Markdown body, with where it was written.</summary>
public sealed record LinkUse(ResolvedLink Link, SourceSpan Span, bool IsImage, bool HasAltText);

/// <summary>The rendered parts of a Markdown body plus what later stages need to know about it.</summary>
public sealed record RenderedMarkdown(RenderedBody Body, IReadOnlyList<HeadingInfo> Headings, IReadOnlyList<LinkUse> Links, string PlainText)
{
    /// <summary>What a body that is not rendered (an error was reported) gives.</summary>
    public static RenderedMarkdown Empty { get; } = new(RenderedBody.Empty, [], [], string.Empty);

    /// <summary>The <c>::data[…]</c> and <c>::qr[…]</c> lines of the body, checked by the data stage.</summary>
    public IReadOnlyList<DirectiveUse> Directives { get; init; } = [];

    /// <summary>Whether the HTML went through the sanitizer; false when nothing in the body was something it could change.</summary>
    public bool Sanitized { get; init; }

    public bool HasAnchor(string id) => Headings.Any(h => h.Id == id);
}
