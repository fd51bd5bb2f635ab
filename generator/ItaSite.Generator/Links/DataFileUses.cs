using ItaSite.Generator.Content;
using ItaSite.Generator.Data;
using ItaSite.Generator.Data.Loading;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Publishing;

namespace ItaSite.Generator.Links;

/// <summary>The files data files publish (executives' photos) go through the file policy as images, at their YAML position.</summary>
public static class DataFileUses
{
    public static void Check(DataCatalog data, ContentSet content, PublishedFilePolicy policy, DiagnosticBag diagnostics)
    {
        foreach (var person in data.Sets.Values.OfType<ExecutiveSet>().SelectMany(e => e.Groups).SelectMany(g => g.People))
        {
            if (person.PhotoContentPath is { } photo && content.Assets.TryGetValue(photo, out var asset))
            {
                policy.Check(asset, person.Span, FileUse.Image, diagnostics);
            }
        }
    }
}
