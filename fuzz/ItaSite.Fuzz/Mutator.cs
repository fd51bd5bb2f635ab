using System.Text;

namespace ItaSite.Fuzz;

/// <summary>Random byte-level and structure-level mutations of YAML and Markdown, plus hostile snippets. Deterministic per seed.</summary>
public sealed class Mutator(Random random, IReadOnlyList<byte[]> splicePool)
{
    private static readonly string[] Hostile =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "[x](JaVaScRiPt&#58;alert(1))",
        "[x](../../../etc/passwd)", "![a](../../secret.png)", "[x](/../../x.md)", "{onclick=alert(1)}", "# h {onmouseover=alert(1)}",
        "<iframe src=\"https://evil.example/\"></iframe>", "<a href=\"vbscript:x\">v</a>", "<svg onload=alert(1)>", "<style>*{}</style>",
        "<object data=x></object>", "<form action=https://evil.example><input name=p></form>", "<meta http-equiv=refresh content=0>",
        "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">", "<a href=\"data:text/html,x\">d</a>", "<!-- secret -->",
        "<a href=\"../files/x.pdf\">f</a>", "<img src='a.png' alt=x>", "<a href=o2.md#x>o</a>", "<a title=\"x>y\" href=\"../\">t</a>",
        "<a href=\"%2e%2e/%2e%2e/etc/passwd\">p</a>", "<video poster=\"../../x.png\" src=\"a.mp4\"></video>", "<a href=\"&#106;avascript:x\">e</a>",
        "<div x", "<a href=\"", "<img src=", "<!-- <a href=\"x.md\"> -->",
        "&a [x, *a]", "*a", "&a", "!!binary AAAA", "? [a, b]\n: c", "<<: *a", "[[[[[[[[", "{{{{", "'unterminated", "\"unterminated",
        "---", "...", "\t", "\r", "\r\n", "\uFEFF", "\u202E", "\u0000", "%YAML 1.1", "%TAG ! tag:x,2000:", "!<tag:x> y", "@", "`",
        "- - - - - - -", "key: value: other", ": :", "[^1]", "[^1]:", "|", ">-", "***", "___", "<div>", "</div>", "<details>",
        "~~~", "```", "    ", "> > > > >", "1. 2. 3.", "<http://x>", "<https://evil.example/%0a>", "evidence:\n  c99: nowhere.pdf",
        "indicator: O99", "indicator: [O1]", "status: [done]", "updated: 2566-13-45", "year: 99999999999999999999", "measure: -1",
        "attachments:\n  - file: ../../../etc/passwd", "include: [measures, measures, bogus]", "menu: x", "title: {a: b}",
    ];

    public byte[] Mutate(byte[] input)
    {
        var data = new List<byte>(input);
        var rounds = 1 + random.Next(4);
        for (var i = 0; i < rounds; i++)
        {
            switch (random.Next(12))
            {
                case 0: FlipBits(data); break;
                case 1: InsertBytes(data); break;
                case 2: Truncate(data); break;
                case 3: Lines(data, DuplicateLine); break;
                case 4: Lines(data, DeleteLine); break;
                case 5: Lines(data, SwapLines); break;
                case 6: Lines(data, Reindent); break;
                case 7: InsertText(data, Hostile[random.Next(Hostile.Length)]); break;
                case 8: InsertText(data, Repeat()); break;
                case 9: Splice(data); break;
                case 10: Lines(data, ReplaceValue); break;
                default: InsertText(data, Bomb()); break;
            }
        }

        return [.. data];
    }

    private void FlipBits(List<byte> data)
    {
        for (var n = 1 + random.Next(8); n > 0 && data.Count > 0; n--)
        {
            var i = random.Next(data.Count);
            data[i] ^= (byte)(1 << random.Next(8));
        }
    }

    private void InsertBytes(List<byte> data)
    {
        byte[][] specials = [[0xFF], [0xC3], [0xE0, 0x80], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0x00], [0x0D], [0xF4, 0x90, 0x80, 0x80]];
        data.InsertRange(random.Next(data.Count + 1), specials[random.Next(specials.Length)]);
    }

    private void Truncate(List<byte> data)
    {
        if (data.Count > 0)
        {
            var at = random.Next(data.Count);
            data.RemoveRange(at, data.Count - at);
        }
    }

    private void InsertText(List<byte> data, string text) => data.InsertRange(AtLineStartOrAnywhere(data), Encoding.UTF8.GetBytes(text));

    private int AtLineStartOrAnywhere(List<byte> data)
    {
        var at = random.Next(data.Count + 1);
        if (random.Next(2) == 0)
        {
            while (at > 0 && data[at - 1] != (byte)'\n')
            {
                at--;
            }
        }

        return at;
    }

    private string Repeat()
    {
        string[] units = ["[", "*", "_", "**a ", "[a](", "> ", "- ", "  ", "<div>", "<b><i>", "{", "[", "`", "|a", "![", "\\", "&", "(", "<", "a"];
        var unit = units[random.Next(units.Length)];
        var count = random.Next(4) switch { 0 => random.Next(10, 100), 1 => random.Next(100, 2_000), 2 => random.Next(2_000, 30_000), _ => 100_000 };
        var sb = new StringBuilder(unit.Length * count);
        for (var i = 0; i < count; i++)
        {
            sb.Append(unit);
            if (random.Next(200) == 0)
            {
                sb.Append('\n');
            }
        }

        return sb.ToString();
    }

    private string Bomb()
    {
        var sb = new StringBuilder("b0: &b0 [x, x, x, x, x, x, x, x, x]\n");
        var levels = 2 + random.Next(10);
        for (var i = 1; i < levels; i++)
        {
            sb.Append($"b{i}: &b{i} [*b{i - 1}, *b{i - 1}, *b{i - 1}, *b{i - 1}, *b{i - 1}, *b{i - 1}, *b{i - 1}, *b{i - 1}, *b{i - 1}]\n");
        }

        sb.Append($"k: {{ *b{levels - 1} : 1 }}\n");
        return sb.ToString();
    }

    private void Splice(List<byte> data)
    {
        var other = splicePool[random.Next(splicePool.Count)];
        if (other.Length == 0)
        {
            return;
        }

        var start = random.Next(other.Length);
        var length = random.Next(Math.Min(400, other.Length - start) + 1);
        data.InsertRange(random.Next(data.Count + 1), other.AsSpan(start, length).ToArray());
    }

    private void Lines(List<byte> data, Action<List<string>> edit)
    {
        var lines = Encoding.UTF8.GetString([.. data]).Split('\n').ToList();
        edit(lines);
        data.Clear();
        data.AddRange(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
    }

    private void DuplicateLine(List<string> lines)
    {
        var i = random.Next(lines.Count);
        var times = random.Next(3) == 0 ? random.Next(2, 200) : 1;
        lines.InsertRange(i, Enumerable.Repeat(lines[i], times));
    }

    private void DeleteLine(List<string> lines)
    {
        if (lines.Count > 1)
        {
            lines.RemoveAt(random.Next(lines.Count));
        }
    }

    private void SwapLines(List<string> lines)
    {
        int a = random.Next(lines.Count), b = random.Next(lines.Count);
        (lines[a], lines[b]) = (lines[b], lines[a]);
    }

    private void Reindent(List<string> lines)
    {
        var i = random.Next(lines.Count);
        lines[i] = random.Next(2) == 0 ? new string(' ', random.Next(1, 9)) + lines[i] : lines[i].TrimStart();
    }

    private void ReplaceValue(List<string> lines)
    {
        var i = random.Next(lines.Count);
        var colon = lines[i].IndexOf(':');
        if (colon > 0)
        {
            lines[i] = lines[i][..(colon + 1)] + " " + Hostile[random.Next(Hostile.Length)];
        }
    }
}
