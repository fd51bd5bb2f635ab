using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Checking;

/// <summary>A link to another website, listed by <c>check</c> for a person to open; never fetched.</summary>
public sealed record ExternalLink(string Url, SourceSpan Location);
