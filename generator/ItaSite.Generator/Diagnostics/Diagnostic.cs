namespace ItaSite.Generator.Diagnostics;

/// <summary>One problem found in the input, with a stable code and a position.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceSpan Span)
{
    public string SeverityName => Severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The MSBuild/GCC-style line editors and tools understand: <c>path:line:col: error CODE: message</c>.</summary>
    public override string ToString() => $"{Span}: {SeverityName} {Code}: {Message}";
}
