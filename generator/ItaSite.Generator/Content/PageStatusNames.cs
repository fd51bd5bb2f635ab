namespace ItaSite.Generator.Content;

/// <summary>How a <see cref="PageStatus"/> is written in front matter and shown on pages.</summary>
public static class PageStatusNames
{
    public static readonly IReadOnlyDictionary<string, PageStatus> FromYaml = new Dictionary<string, PageStatus>(StringComparer.Ordinal)
    {
        ["not-started"] = PageStatus.NotStarted,
        ["in-progress"] = PageStatus.InProgress,
        ["done"] = PageStatus.Done,
    };

    public static string Thai(this PageStatus status) => status switch
    {
        PageStatus.Done => "ดำเนินการแล้ว",
        PageStatus.InProgress => "อยู่ระหว่างดำเนินการ",
        _ => "ยังไม่ได้ดำเนินการ",
    };

    public static string Key(this PageStatus status) => status switch
    {
        PageStatus.Done => "done",
        PageStatus.InProgress => "in-progress",
        _ => "not-started",
    };
}
