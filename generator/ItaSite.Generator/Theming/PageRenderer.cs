using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.HtmlRendering.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace ItaSite.Generator.Theming;

// BL0006 warns that the renderer's own types may change between releases; this file is the one place that uses them.
#pragma warning disable BL0006

/// <summary>
/// The static HTML renderer with one addition: a page's components are disposed as soon as its HTML is written. A renderer
/// otherwise keeps every root it rendered, each holding its render tree's frame arrays, so every page allocated fresh arrays
/// (large item pages' on the large-object heap, which brought full collections) and the pool got them back only when the
/// renderer went. Disposed at once, the next page rents the same arrays again.
/// </summary>
internal sealed class PageRenderer(IServiceProvider services) : StaticHtmlRenderer(services, NullLoggerFactory.Instance)
{
    private int _depth;
    private int? _root;

    /// <summary>Renders <paramref name="layout"/> on the renderer's dispatcher, writes its HTML and removes it again.</summary>
    public Task RenderAsync(Type layout, ParameterView parameters, TextWriter output) =>
        Dispatcher.InvokeAsync(() => WriteAsync(layout, parameters, output));

    private async Task WriteAsync(Type layout, ParameterView parameters, TextWriter output)
    {
        var page = BeginRenderingComponent(layout, parameters);
        await page.QuiescenceTask;
        _root = null;
        page.WriteHtmlTo(output);

        // The root's id is not public; it is the id of the outermost component written.
        RemoveRootComponent(_root ?? throw new InvalidOperationException("the page wrote no root component"));
    }

    protected override void WriteComponentHtml(int componentId, TextWriter output)
    {
        if (_depth++ == 0)
        {
            _root = componentId;
        }

        try
        {
            base.WriteComponentHtml(componentId, output);
        }
        finally
        {
            _depth--;
        }
    }
}
