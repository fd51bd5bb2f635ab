namespace ItaSite.Generator.Content;

/// <summary>Progress of an item or measure, shown in Thai as ยังไม่ได้ดำเนินการ / อยู่ระหว่างดำเนินการ / ดำเนินการแล้ว.</summary>
public enum PageStatus
{
    NotStarted,
    InProgress,
    Done,
}
