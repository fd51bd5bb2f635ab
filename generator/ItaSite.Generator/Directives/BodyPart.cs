namespace ItaSite.Generator.Directives;

/// <summary>One part of a rendered body: HTML to copy, or a directive for the theme to render in its place.</summary>
public sealed record BodyPart(string? Html, string? Directive, string? Argument);
