namespace ItaSite.Generator.Diagnostics;

/// <summary>How bad a diagnostic is. Errors fail a build; warnings fail only with --warnings-as-errors.</summary>
public enum Severity
{
    Info,
    Warning,
    Error,
}
