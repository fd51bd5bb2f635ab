using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Checking;

/// <summary>One reason behind an item's verdict: a diagnostic about the item's page (or its missing page).</summary>
public sealed record ReadinessFinding(Severity Severity, string Code, string Message, SourceSpan Location)
{
    public static ReadinessFinding From(Diagnostic diagnostic) =>
        new(diagnostic.Severity, diagnostic.Code, diagnostic.Message, diagnostic.Span);
}
