using System.Text;
using System.Text.Json;
using ItaSite.Generator.Checking;
using ItaSite.Generator.Framework;

namespace ItaSite.Cli;

/// <summary>Renders a <see cref="FrameworkDiff"/> as lines for people (Thai label first) or as JSON for tools.</summary>
public static class FrameworkDiffWriter
{
    private const int TextLength = 90;

    public static string Text(FrameworkDiff diff)
    {
        var (a, b) = (diff.Before, diff.After);
        var text = new StringBuilder();
        text.Append($"ITA {a.Year} ({a.Items.Count} items, {a.SourceName}) → ITA {b.Year} ({b.Items.Count} items, {b.SourceName})\n");
        foreach (var change in diff.Items.Where(c => c.Kind != ItemChangeKind.Continued || c.Components.Count > 0 || c.PeriodBefore is not null))
        {
            var from = string.Join(" + ", change.From.Select(f => f.Code));
            var line = change.Kind switch
            {
                ItemChangeKind.Added => $"เพิ่ม added      {b.Year} {change.Item.Code} {change.Item.Title}",
                ItemChangeKind.Merged => $"รวม merged      {a.Year} {from} → {b.Year} {change.Item.Code} {change.Item.Title}",
                ItemChangeKind.Split => $"แยก split       {a.Year} {from} → {b.Year} {change.Item.Code} {change.Item.Title}",
                ItemChangeKind.Renamed when !change.TitleChanged => $"ย้ายข้อ moved    {a.Year} {from} → {b.Year} {change.Item.Code} {change.Item.Title}",
                ItemChangeKind.Renamed => $"เปลี่ยนชื่อ renamed {a.Year} {from} {change.From[0].Title} → {b.Year} {change.Item.Code} {change.Item.Title}",
                _ => $"คงเดิม same     {a.Year} {from} → {b.Year} {change.Item.Code} {change.Item.Title}",
            };
            text.Append(line).Append('\n');
            if (change.PeriodBefore is { } period)
            {
                text.Append($"    ช่วงเวลา period: {period.Key()} → {change.Item.Period.Key()}\n");
            }

            foreach (var component in change.Components)
            {
                var mark = component.Before is null ? "+" : component.After is null ? "-" : "~";
                text.Append($"    {mark} {component.Id}: {Short(component.After ?? component.Before!)}\n");
            }
        }

        foreach (var item in diff.Removed)
        {
            text.Append($"ตัดออก removed  {a.Year} {item.Code} {item.Title}\n");
        }

        var renamed = diff.Items.Where(i => i.Kind == ItemChangeKind.Renamed).ToList();
        text.Append($"summary: {diff.Count(ItemChangeKind.Continued)} same, {renamed.Count(r => !r.TitleChanged)} moved, {renamed.Count(r => r.TitleChanged)} renamed, ")
            .Append($"{diff.Count(ItemChangeKind.Merged)} merged, {diff.Count(ItemChangeKind.Split)} split, {diff.Count(ItemChangeKind.Added)} added, ")
            .Append($"{diff.Removed.Count} removed; {diff.WithComponentChanges} with changed components or period\n");
        return text.ToString();
    }

    public static string Json(FrameworkDiff diff) => JsonSerializer.Serialize(new
    {
        Before = new { diff.Before.Year, Source = diff.Before.SourceName, Items = diff.Before.Items.Count },
        After = new { diff.After.Year, Source = diff.After.SourceName, Items = diff.After.Items.Count },
        Items = diff.Items.Select(c => new
        {
            Kind = c.Kind.ToString().ToLowerInvariant(),
            Code = c.Item.Code.ToString(),
            c.Item.Title,
            From = c.From.Select(f => f.Code.ToString()),
            PeriodBefore = c.PeriodBefore?.Key(),
            Period = c.Item.Period.Key(),
            Components = c.Components.Select(x => new { x.Id, x.Before, x.After }),
        }),
        Removed = diff.Removed.Select(r => new { Code = r.Code.ToString(), r.Title }),
    }, ReadinessJsonWriter.Options) + "\n";

    private static string Short(string text) => text.Length <= TextLength ? text : text[..TextLength] + "…";
}
