using ItaSite.Generator.Content;
using ItaSite.Generator.Links;
using ItaSite.Generator.Output;
using ItaSite.Generator.Reuse;
using ItaSite.Generator.Site;
using ItaSite.Generator.Theming;
using ItaSite.Generator.Years;

namespace ItaSite.Generator.Pipeline;

// The inputs of the builder's steps: what each step's work reads, compared by value under serve (Incremental/StepReuse).

/// <summary>What the years and frameworks are loaded from.</summary>
internal sealed record YearsInputs(YearsSources Sources, bool IncludeDrafts);

/// <summary>What one page body is rendered from: the Markdown renderer's arguments (those every page shares, compared once).</summary>
internal sealed record MarkdownInputs(ContentPage Page, SitePath Url, MarkdownSettings Settings);

/// <summary>The renderer's arguments every page body shares in one build.</summary>
internal sealed record MarkdownSettings(LinkResolver Links, BuildLimits Limits, Sanitizing.HtmlPolicy Html, Uri BaseUrl) : ISharedInputs;

/// <summary>What one page's HTML is rendered from: the theme and the page's model.</summary>
internal sealed record ThemeInputs(Theme Theme, ComposedPage Page);

/// <summary>What one page's HTML is rendered from when the composer names its model's inputs (<see cref="PlannedPage.Inputs"/>).</summary>
internal sealed record DeclaredThemeInputs(Theme Theme, PageKind Kind, object Inputs);

/// <summary>One page of the theme step: its path (the unit's id) and what its HTML is rendered from (either record above).</summary>
internal sealed record ThemeUnit(string Url, object Inputs);
