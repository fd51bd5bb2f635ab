namespace ItaSite.Generator.Sanitizing;

/// <summary>Raw HTML as written in a Markdown file, with its 1-based line there; lets a removal be reported where it was written.</summary>
public sealed record RawHtmlSnippet(int Line, string Text);
