namespace ItaSite.Generator.Markdown;

/// <summary>One part of a rendered body: sanitized HTML to copy, or a directive the theme renders in its place.</summary>
public abstract record BodyPart;

/// <summary>HTML of one or more top-level blocks of the body, already through the sanitizer.</summary>
public sealed record HtmlPart(string Html) : BodyPart;

/// <summary>A <c>::name[argument]</c> line (<c>::data[executives-2569]</c>, <c>::qr[eit]</c>), for the theme's trusted component.</summary>
public sealed record DirectivePart(string Name, string Argument) : BodyPart;

/// <summary>
/// A rendered Markdown body as typed parts, in order. Directives travel as parts of their own rather than as placeholders inside
/// the HTML, so nothing content writes can be mistaken for one and the sanitizer has no exception to make.
/// </summary>
public sealed record RenderedBody(IReadOnlyList<BodyPart> Parts)
{
    public static RenderedBody Empty { get; } = new([]);

    public bool IsEmpty => Parts.Count == 0;
}
