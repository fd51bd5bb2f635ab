namespace ItaSite.Generator.Framework;

/// <summary>One required data component (องค์ประกอบด้านข้อมูล) of an OIT item.</summary>
public sealed record Component(string Id, string Text);

/// <summary>A sub-indicator such as 9.1 ข้อมูลพื้นฐาน.</summary>
public sealed record SubIndicator(string Id, string Title, int IndicatorNumber);

/// <summary>An OIT indicator: 9 การเปิดเผยข้อมูล or 10 การป้องกันการทุจริต.</summary>
public sealed record OitIndicator(int Number, string Title, IReadOnlyList<SubIndicator> SubIndicators);

/// <summary>An IIT/EIT indicator (1–8), which measures can address.</summary>
public sealed record PerceptionIndicator(int Number, string Tool, string Title)
{
    public string Label => $"ตัวชี้วัดที่ {Number} {Title}";
}

/// <summary>One OIT item of one assessment year, with its official title, components and time rule.</summary>
public sealed record FrameworkItem(
    IndicatorCode Code,
    string Title,
    SubIndicator SubIndicator,
    string? Topic,
    PeriodRule Period,
    IReadOnlyList<Component> Components)
{
    public Component? FindComponent(string id) => Components.FirstOrDefault(c => c.Id == id);
}
