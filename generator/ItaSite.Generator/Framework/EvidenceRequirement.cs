
namespace ItaSite.Generator.Framework;

/// <summary>What kind of evidence can satisfy a component; <c>check</c> verifies the evidence itself against it.</summary>
public enum EvidenceKind
{
    /// <summary>Any evidence; a section named as evidence must still have content.</summary>
    Any,

    /// <summary>A document attachment (PDF…): present, of its type, not empty, readable text when asked.</summary>
    Document,

    /// <summary>A data set of a given kind included in the evidence section (<c>::data[id]</c>), month by month when asked.</summary>
    Data,

    /// <summary>Photographs (raster images), one per person of the executives data set.</summary>
    Photo,

    /// <summary>A list whose rows start with a date (news, announcements, activities), every date inside the required period.</summary>
    DatedList,

    /// <summary>A link to a page of the site.</summary>
    Page,
}

/// <summary>Things a program cannot verify about evidence; the readiness report lists them as ตรวจด้วยตนเอง.</summary>
public enum ManualCheck
{
    Signature,
    Seal,
    Identity,
}

/// <summary>
/// The evidence a component asks for (framework key <c>requires:</c>). <see cref="DataKind"/> is the data set kind
/// (<c>procurement</c>, <c>complaint-statistics</c>…) for <see cref="EvidenceKind.Data"/>; <see cref="Monthly"/> asks the data to
/// cover the item's period month by month; <see cref="Text"/> asks a document for readable text.
/// </summary>
public sealed record EvidenceRequirement(EvidenceKind Kind, string? DataKind, IReadOnlyList<string> Fields, bool Text, bool Monthly, IReadOnlyList<ManualCheck> Manual)
{
    public static readonly EvidenceRequirement None = new(EvidenceKind.Any, null, [], false, false, []);
}
