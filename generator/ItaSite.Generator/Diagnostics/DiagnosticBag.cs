namespace ItaSite.Generator.Diagnostics;

/// <summary>Collects diagnostics from every stage. Thread-safe: stages may report from parallel work.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    /// <summary>Appends another bag's diagnostics in their order: how per-item bags of parallel work are merged, item by item.</summary>
    public void AddRange(DiagnosticBag other)
    {
        foreach (var diagnostic in other.Items)
        {
            Add(diagnostic);
        }
    }

    /// <summary>The diagnostics in the order they were reported (a copy).</summary>
    public IReadOnlyList<Diagnostic> Items
    {
        get
        {
            lock (_gate)
            {
                // Most per-item bags stay empty: no copy for them (tens of thousands per serve rebuild).
                return _items.Count == 0 ? [] : [.. _items];
            }
        }
    }

    public void Error(string code, SourceSpan span, string message) => Add(new(Severity.Error, code, message, span));

    public void Warning(string code, SourceSpan span, string message) => Add(new(Severity.Warning, code, message, span));

    public void Info(string code, SourceSpan span, string message) => Add(new(Severity.Info, code, message, span));

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Any(d => d.Severity == Severity.Error);
            }
        }
    }

    public int Count(Severity severity)
    {
        lock (_gate)
        {
            return _items.Count(d => d.Severity == severity);
        }
    }

    /// <summary>A stable order: by file, line, column, then code, so output is deterministic whatever the thread timing.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return [.. _items
                .OrderBy(d => d.Span.File, StringComparer.Ordinal)
                .ThenBy(d => d.Span.Line)
                .ThenBy(d => d.Span.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)];
        }
    }
}
