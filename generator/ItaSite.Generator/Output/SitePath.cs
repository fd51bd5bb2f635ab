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
    /// <remarks>Every page links to the site's menu, assets and its own trail, so this runs some thirty times per page: it
    /// compares the paths in place; only paths with an empty segment (<c>//</c>) are split.</remarks>
    public string RelativeFrom(SitePath from)
    {
        var fromDir = from.IsPage ? from.Value.AsSpan() : from.Value.AsSpan(0, from.Value.LastIndexOf('/') + 1);
        var to = Value.AsSpan();
        if (fromDir.Contains("//", StringComparison.Ordinal) || to.Contains("//", StringComparison.Ordinal))
        {
            return RelativeBySplitting(fromDir.ToString(), IsPage);
        }

        // Both start with '/' and have no empty segment: a segment runs from after one '/' to the next '/' or the end.
        var fromCount = fromDir.Count('/') - (fromDir.EndsWith('/') ? 1 : 0);
        var toCount = to.Count('/') - (to.EndsWith('/') ? 1 : 0);
        var toDirCount = IsPage ? toCount : toCount - 1;
        var common = 0;
        var at = 1; // where segment `common` of `to` starts
        while (common < fromCount && common < toDirCount)
        {
            var end = to[at..].IndexOf('/');
            var segment = to.Slice(at, end);
            if (!fromDir[at..].StartsWith(segment, StringComparison.Ordinal) || fromDir.Length <= at + end || fromDir[at + end] != '/')
            {
                break;
            }

            common++;
            at += end + 1;
        }

        var up = fromCount - common;
        var down = at < to.Length ? to[at..].TrimEnd('/').Length : 0;
        var slash = IsPage && toCount > common;
        if (up == 0 && down == 0 && !slash)
        {
            return "./";
        }

        return string.Create((3 * up) + down + (slash ? 1 : 0), (Value, at, down, up, slash), static (chars, x) =>
        {
            for (var i = 0; i < x.up; i++)
            {
                "../".CopyTo(chars[(3 * i)..]);
            }

            x.Value.AsSpan(x.at, x.down).CopyTo(chars[(3 * x.up)..]);
            if (x.slash)
            {
                chars[^1] = '/';
            }
        });
    }

    private string RelativeBySplitting(string fromDir, bool isPage)
    {
        var fromParts = fromDir.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var toParts = Value.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        var toDirCount = isPage ? toParts.Length : toParts.Length - 1;
        while (common < fromParts.Length && common < toDirCount && fromParts[common] == toParts[common])
        {
            common++;
        }

        var up = string.Concat(Enumerable.Repeat("../", fromParts.Length - common));
        var down = string.Join('/', toParts.Skip(common));
        var result = up + down + (isPage && toParts.Length > common ? "/" : string.Empty);
        return result.Length == 0 ? "./" : result;
    }

    public override string ToString() => Value;
}
