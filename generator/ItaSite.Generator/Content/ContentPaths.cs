namespace ItaSite.Generator.Content;

/// <summary>Resolves relative references between content files without ever leaving the content root.</summary>
public static class ContentPaths
{
    /// <summary>The folder part of a content path: <c>oit/2566/o17.md</c> → <c>oit/2566</c>.</summary>
    public static string Directory(string contentPath)
    {
        var slash = contentPath.LastIndexOf('/');
        return slash < 0 ? string.Empty : contentPath[..slash];
    }

    /// <summary>
    /// Resolves <paramref name="reference"/> (relative to the folder of <paramref name="fromContentPath"/>, or to the content root
    /// when it starts with '/') to a normalised content path, or null when it would leave the content folder.
    /// </summary>
    public static string? Resolve(string fromContentPath, string reference)
    {
        var segments = new List<string>();
        if (!reference.StartsWith('/'))
        {
            segments.AddRange(Directory(fromContentPath).Split('/', StringSplitOptions.RemoveEmptyEntries));
        }

        foreach (var part in reference.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(part);
        }

        return string.Join('/', segments);
    }
}
