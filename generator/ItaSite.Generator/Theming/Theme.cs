namespace ItaSite.Generator.Theming;

/// <summary>A static file of the theme (CSS, JavaScript, icons), published under <c>/assets/</c>.</summary>
public sealed record ThemeAsset(string Name, byte[] Content);

/// <summary>
/// A theme as a value: one Razor component type per page kind (each takes a parameter named <c>Model</c>) and its static files.
/// The generator never references a theme assembly; the CLI passes one in.
/// </summary>
public sealed record Theme(string Name, IReadOnlyDictionary<PageKind, Type> Layouts, IReadOnlyList<ThemeAsset> Assets);
