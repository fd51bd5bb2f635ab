namespace ItaSite.Generator.Content;

/// <summary>Limits that keep a hostile or mistaken input from exhausting the machine. Documented in docs/security.md (Limits).</summary>
public sealed record BuildLimits
{
    public static BuildLimits Default { get; } = new();

    /// <summary>Largest Markdown or YAML file read (bytes).</summary>
    public long MaxTextFileBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Largest attachment published (bytes).</summary>
    public long MaxAttachmentBytes { get; init; } = 50 * 1024 * 1024;

    /// <summary>Most Markdown pages in one site.</summary>
    public int MaxPages { get; init; } = 100_000;

    /// <summary>
    /// Most HTML one page body may render to (characters). Markdown can amplify: a pipe table whose rows carry hundreds of
    /// cells renders ~90 times its size, and the sanitizer's work grows with the HTML, so such a body is refused.
    /// </summary>
    public int MaxRenderedHtmlChars { get; init; } = 4_000_000;

    /// <summary>Most '|' characters one paragraph may hold when it has no table delimiter row (Markdig is quadratic there).</summary>
    public int MaxPipesWithoutTableHeader { get; init; } = 5_000;

    /// <summary>Deepest nesting of Markdown block quotes and lists.</summary>
    public int MaxMarkdownNesting { get; init; } = 32;

    /// <summary>Longest line of a Markdown body (characters): some inline constructs cost time quadratic in the line length.</summary>
    public int MaxLineChars { get; init; } = 20_000;
}
