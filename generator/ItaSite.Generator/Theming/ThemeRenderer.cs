using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
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
    private readonly ThemeServices _services = new();
    private HtmlRenderer _renderer;
    private int _rendered;

    private const int RootsPerRenderer = 200;

    public ThemeRenderer(Theme theme)
    {
        _theme = theme;
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
    }

    /// <summary>
    /// The few services the renderer asks for; anything else is absent, as in an empty container. Not the DI container: building
    /// one costs a small site's build about a hundred JIT-compiled methods and emitted resolvers (measured, docs/benchmarks.md).
    /// </summary>
    private sealed class ThemeServices : IServiceProvider
    {
        private readonly HtmlEncoder _encoder = HtmlEncoder.Create(UnicodeRanges.All);
        private readonly PlainComponentActivator _activator = new();

        public object? GetService(Type serviceType) =>
            serviceType == typeof(HtmlEncoder) ? _encoder
            : serviceType == typeof(IComponentActivator) ? _activator
            : serviceType == typeof(ILoggerFactory) ? NullLoggerFactory.Instance
            : serviceType == typeof(IServiceProvider) ? this
            : serviceType.IsGenericType && serviceType.GetGenericTypeDefinition() == typeof(ILogger<>)
                ? Activator.CreateInstance(typeof(NullLogger<>).MakeGenericType(serviceType.GetGenericArguments()))
                : null;
    }

    /// <summary>
    /// Creates components with their parameterless constructor. The default activator compiles an expression tree per
    /// component type (ActivatorUtilities), about 25 emitted and JIT-compiled factories in a small build; our components take
    /// nothing from the constructor (services, if any, come through <c>[Inject]</c> properties, set by the renderer as before).
    /// </summary>
    private sealed class PlainComponentActivator : IComponentActivator
    {
        public IComponent CreateInstance(Type componentType) =>
            Activator.CreateInstance(componentType) as IComponent
            ?? throw new ArgumentException($"{componentType.FullName} is not a component", nameof(componentType));
    }
}
