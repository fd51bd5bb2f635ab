using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using ItaSite.Generator.Thai;
using Microsoft.AspNetCore.Components;
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
    private readonly Dictionary<string, object?> _parameters = new(1);
    private readonly StringBuilder _html = new(32 * 1024);
    private readonly StringWriter _writer;
    private readonly PageRenderer _renderer;
    private char[] _chars = new char[32 * 1024];

    private const string Doctype = "<!DOCTYPE html>\n";

    public ThemeRenderer(Theme theme)
    {
        _theme = theme;
        _writer = new StringWriter(_html, CultureInfo.InvariantCulture);
        _renderer = new PageRenderer(_services);
    }

    /// <summary>
    /// The page as the UTF-8 bytes of its file: rendered into this renderer's own buffers, its digits rewritten there
    /// (<see cref="PageDigits.ApplyInPlace"/>), then encoded once; the page's only new array is the one returned.
    /// </summary>
    public async Task<byte[]> RenderPageAsync(PageKind kind, object model, bool thaiDigits)
    {
        if (!_theme.Layouts.TryGetValue(kind, out var layout))
        {
            throw new InvalidOperationException($"theme '{_theme.Name}' has no layout for {kind}");
        }

        _parameters["Model"] = model;
        var parameters = ParameterView.FromDictionary(_parameters);
        _html.Clear();
        _html.Append(Doctype);
        await _renderer.RenderAsync(layout, parameters, _writer);

        var length = _html.Length;
        if (_chars.Length < length)
        {
            _chars = new char[Math.Max(length, _chars.Length * 2)];
        }

        var chars = _chars.AsSpan(0, length);
        _html.CopyTo(0, chars, length);
        PageDigits.ApplyInPlace(chars, thaiDigits);
        var bytes = GC.AllocateUninitializedArray<byte>(Encoding.UTF8.GetByteCount(chars));
        Encoding.UTF8.GetBytes(chars, bytes);
        return bytes;
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync();
        await ((IAsyncDisposable)_renderer).DisposeAsync();
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
