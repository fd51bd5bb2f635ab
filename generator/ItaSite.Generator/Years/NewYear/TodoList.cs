using ItaSite.Generator.Content;

namespace ItaSite.Generator.Years.NewYear;

/// <summary>What staff still have to do after <c>new-year</c>, Thai first with the English after a dash.</summary>
internal sealed class TodoList(int from, int year)
{
    public IReadOnlyList<string> Make(Framework.IndicatorFramework target, bool draftFramework, int carried, IReadOnlyList<string> newItems, IReadOnlyList<(string Code, string Directive)> dropped, int measures)
    {
        var folder = $"content/{YearFolders.Folder("oit", year)}";
        var todo = new List<string>();
        if (draftFramework)
        {
            todo.Add($"กรอบการประเมิน ITA {year} ยังเป็นฉบับร่างที่คัดลอกจากปี {from}: ตรวจกับคู่มือการประเมินของสำนักงาน ป.ป.ช. ปี {year} เมื่อประกาศ แล้วแก้ {folder}/framework.yaml (ข้อ ชื่อ องค์ประกอบ continues และ confidence) — the {year} framework is a draft copy of {from}; correct it when the NACC manual appears");
        }
        else if (target.ProvisionalItems.Any())
        {
            todo.Add($"กรอบการประเมิน ITA {year} มีข้อที่ยังไม่ยืนยัน {target.ProvisionalItems.Count()} ข้อ ({string.Join(", ", target.ProvisionalItems.Select(i => i.Code))}): ตรวจสอบกับคู่มือการประเมินของสำนักงาน ป.ป.ช. — provisional items to check against the NACC manual");
        }

        todo.Add($"ใส่ลิงก์แบบวัด EIT และ IIT ของปี {year} ใน {folder}/year.yaml เมื่อได้รับจากระบบ ITAS — add the {year} EIT/IIT links to year.yaml");
        todo.Add($"กรอกข้อมูลของปี {year} ทั้ง {target.Items.Count} ข้อ (สถานะ ยังไม่ได้ดำเนินการ; {carried} ข้อมีโครงหัวข้อและผู้รับผิดชอบจากปี {from}) แล้วระบุ evidence ของแต่ละองค์ประกอบ — fill in every item and its evidence");
        if (newItems.Count > 0)
        {
            todo.Add($"ข้อที่ไม่มีข้อมูลจากปี {from} (ข้อใหม่หรือรวม/แยกข้อ): {string.Join(", ", newItems)} — items with nothing to carry over");
        }

        foreach (var (code, directive) in dropped)
        {
            todo.Add($"{code}: ปี {from} ใช้ {directive} — สร้างชุดข้อมูลของปี {year} ใน content/data/ แล้วใส่ ::data[…] ที่หน้านี้ — make this year's data set");
        }

        if (measures > 0)
        {
            todo.Add($"มาตรการ {measures} รายการใน content/{YearFolders.Folder("measures", year)}/ เป็นโครงจากปี {from}: ใส่ประเด็นจากผลการประเมินปี {from} วิธีการ และระยะเวลา — complete the measure skeletons");
        }

        todo.Add($"ดูตัวอย่างด้วย itasite serve และตรวจด้วย itasite check (ปีฉบับร่างแสดงและตรวจได้ แต่ยังไม่เผยแพร่) — preview with serve, check with check");
        todo.Add($"เมื่อพร้อมเผยแพร่: ลบ draft: true ใน {folder}/year.yaml และตั้ง current_year: {year} ใน content/site.yaml (ถ้ามี) แล้ว itasite build; ปี {from} จะแสดงเป็นเอกสารย้อนหลัง — to publish: remove draft, set current_year, build");
        return todo;
    }
}
