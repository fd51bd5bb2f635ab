namespace ItaSite.Generator.Data;

/// <summary>One procurement of a month in the สขร.1 form: the work, budget, reference price, method, bids, winner, reason and contract.</summary>
public sealed record ProcurementItem(
    string Work,
    decimal Budget,
    decimal? ReferencePrice,
    string Method,
    IReadOnlyList<Bid> Bids,
    Bid Winner,
    string Reason,
    string Contract,
    DateOnly? ContractDate);
