namespace ItaSite.Generator.Output;

/// <summary>
/// A path inside the published site, always starting with '/': a page is a folder (<c>/oit/2566/o17/</c>, written as its
/// <c>index.html</c>), a file is not (<c>/oit/2566/files/plan.pdf</c>). Links between pages are written relative, so the site
/// works from any host and under any sub-path.
/// </summary>
public readonly record struct SitePath
{
    public SitePath(string value)
    {
        Value = value.StartsWith('/') ? value : "/" + value;
    }

    public string Value { get; }

    public bool IsPage => Value.EndsWith('/');

    /// <summary>The file this path is written to, relative to the output folder.</summary>
    public string OutputFile => IsPage ? Value.TrimStart('/') + "index.html" : Value.TrimStart('/');

    /// <summary>A relative reference from the page <paramref name="from"/> to this path.</summary>
    public string RelativeFrom(SitePath from)
    {
        var fromDir = from.IsPage ? from.Value : from.Value[..(from.Value.LastIndexOf('/') + 1)];
        var fromParts = fromDir.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var toParts = Value.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        var toDirCount = IsPage ? toParts.Length : toParts.Length - 1;
        while (common < fromParts.Length && common < toDirCount && fromParts[common] == toParts[common])
        {
            common++;
        }

        var up = string.Concat(Enumerable.Repeat("../", fromParts.Length - common));
        var down = string.Join('/', toParts.Skip(common));
        var result = up + down + (IsPage && toParts.Length > common ? "/" : string.Empty);
        return result.Length == 0 ? "./" : result;
    }

    public override string ToString() => Value;
}
