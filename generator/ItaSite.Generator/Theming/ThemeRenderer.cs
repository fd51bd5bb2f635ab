using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ItaSite.Generator.Theming;

/// <summary>
/// Stage 5 (theme): renders a layout component to an HTML string with ASP.NET Core's <see cref="HtmlRenderer"/>.
/// Registers an encoder for all Unicode ranges, or Thai would come out as numeric character references.
/// One instance renders one page at a time; use one per worker for parallel rendering.
/// </summary>
public sealed class ThemeRenderer : IAsyncDisposable
{
    private readonly Theme _theme;
    private readonly ServiceProvider _services;
    private HtmlRenderer _renderer;
    private int _rendered;

    private const int RootsPerRenderer = 200;

    public ThemeRenderer(Theme theme)
    {
        _theme = theme;
        var services = new ServiceCollection();
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        _services = services.BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
    }

    public Task<string> RenderAsync(PageKind kind, object model)
    {
        if (!_theme.Layouts.TryGetValue(kind, out var layout))
        {
            throw new InvalidOperationException($"theme '{_theme.Name}' has no layout for {kind}");
        }

        if (++_rendered % RootsPerRenderer == 0)
        {
            // A renderer keeps every root component it rendered; a fresh one every few hundred pages keeps memory flat.
            var full = _renderer;
            _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
            full.Dispose();
        }

        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model });
        return _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await _renderer.RenderComponentAsync(layout, parameters);
            return "<!DOCTYPE html>\n" + output.ToHtmlString();
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }
}
