using ItaSite.Generator.Diagnostics;

namespace ItaSite.Generator.Data;

/// <summary>One executive (O2): name, position, contacts and a photo given as a content path; <c>Span</c> points at <c>photo</c>.</summary>
public sealed record Executive(string Name, string Position, string? Phone, string? Email, string? PhotoContentPath, SourceSpan Span);
