namespace ItaSite.Cli.NewSite;

/// <summary>The usual local-government types, so <c>--type อบต.</c> and <c>--type องค์การบริหารส่วนตำบล</c> mean the same.</summary>
public static class AgencyTypes
{
    private static readonly (string Full, string Short)[] Known =
    [
        ("องค์การบริหารส่วนตำบล", "อบต."),
        ("องค์การบริหารส่วนจังหวัด", "อบจ."),
        ("เทศบาลตำบล", "ทต."),
        ("เทศบาลเมือง", "ทม."),
        ("เทศบาลนคร", "ทน."),
        ("เทศบาล", "เทศบาล"),
    ];

    /// <summary>The full type name and its usual abbreviation; an unknown type is kept as written.</summary>
    public static (string Full, string Short) Resolve(string type)
    {
        var text = type.Trim();
        foreach (var (full, abbreviation) in Known)
        {
            if (text == full || text == abbreviation || text == abbreviation.TrimEnd('.'))
            {
                return (full, abbreviation);
            }
        }

        return (text, text);
    }
}
