using ItaSite.Generator.Markdown;

namespace ItaSite.Tests.Support;

/// <summary>What tests and the fuzzer inspect of a rendered body: its HTML parts joined, each directive as <c>[::name:argument]</c>.</summary>
public static class BodyText
{
    public static string Html(RenderedBody body) => string.Concat(body.Parts.Select(part => part switch
    {
        HtmlPart html => html.Html,
        DirectivePart directive => $"[::{directive.Name}:{directive.Argument}]",
        _ => throw new ArgumentOutOfRangeException(nameof(body), part, "unknown body part"),
    }));
}
