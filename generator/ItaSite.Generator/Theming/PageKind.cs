namespace ItaSite.Generator.Theming;

/// <summary>The kinds of page a theme has a layout for.</summary>
public enum PageKind
{
    Home,
    Page,
    OitIndex,
    Item,
    Measure,
    Search,
    NotFound,
    Years,
}
