namespace ItaSite.Generator.Data;

/// <summary>A bidder and the price offered or agreed (สขร.1).</summary>
public sealed record Bid(string Bidder, decimal Price);
