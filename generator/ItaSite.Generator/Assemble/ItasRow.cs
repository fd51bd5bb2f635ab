namespace ItaSite.Generator.Assemble;

/// <summary>One line of the ITAS link sheet: what an agency types into the ITAS form for one OIT item.</summary>
public sealed record ItasRow(string Code, string SubIndicator, string Title, string Urls, string Explanation)
{
    /// <summary>Thai column headers, as the staff filling the ITAS form read them in Excel.</summary>
    public static readonly string[] Header = ["ข้อ", "ตัวชี้วัดย่อย", "ข้อมูล", "URL", "คำอธิบาย"];

    public string[] Fields => [Code, SubIndicator, Title, Urls, Explanation];
}
