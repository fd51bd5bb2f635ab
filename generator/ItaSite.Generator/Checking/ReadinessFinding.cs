using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Checking;

/// <summary>
/// One reason behind an item's verdict: a diagnostic about the item's page (or its missing page). <see cref="FailsItem"/> is
/// usually "is an error", but a gap on a page marked in-progress is a warning that still fails the item.
/// </summary>
public sealed record ReadinessFinding(Severity Severity, string Code, string Message, SourceSpan Location, bool FailsItem)
{
    public ReadinessFinding(Severity severity, string code, string message, SourceSpan location)
        : this(severity, code, message, location, severity == Severity.Error)
    {
    }

    /// <summary>The reason in Thai for the readiness report (null: derived from the code and message, see <see cref="ThaiReasons"/>).</summary>
    public string? Thai { get; init; }

    /// <summary>What staff should do, in Thai.</summary>
    public string? Fix { get; init; }

    /// <summary>A finding with its Thai reason and fix; the diagnostic message is the English text followed by the Thai.</summary>
    public static ReadinessFinding Of(Severity severity, string code, SourceSpan location, string english, string thai, string fix) =>
        new(severity, code, $"{english} ({thai})", location) { Thai = thai, Fix = fix };

    public static ReadinessFinding From(Diagnostic diagnostic) =>
        new(diagnostic.Severity, diagnostic.Code, diagnostic.Message, diagnostic.Span);

    /// <summary>The same gap on a page its editors mark as unfinished: reported as a warning, still failing the item.</summary>
    public ReadinessFinding AsAcknowledged(string status) => Severity != Severity.Error
        ? this
        : this with { Severity = Severity.Warning, FailsItem = true, Message = $"{Message}; a warning while the page says status: {status}" };
}
