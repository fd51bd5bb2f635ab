using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Directives;

/// <summary>A directive written in a body, with its position, for validation after the Markdown stage.</summary>
public sealed record DirectiveUse(string Name, string Argument, SourceSpan Span);
