namespace ItaSite.Generator.Data;

/// <summary>A unit of the agency with its own phone and e-mail (O5).</summary>
public sealed record ContactUnit(string Name, string Phone, string? Email);
