using System.Text;

namespace ItaSite.Fuzz;

/// <summary>
/// The files mutated: the example site in <c>content/</c> when it is there, otherwise a small built-in agency that exercises
/// every front-matter key, evidence, attachments, measures and Markdown features. Paths are content-relative.
/// </summary>
public static class SeedCorpus
{
    public static IReadOnlyDictionary<string, byte[]> Load(string? contentDir)
    {
        if (contentDir is not null && File.Exists(Path.Combine(contentDir, "site.yaml")))
        {
            return Directory.EnumerateFiles(contentDir, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileName(f).StartsWith('.'))
                .Where(f => new FileInfo(f).Length <= 4 * 1024 * 1024)
                .ToDictionary(f => Path.GetRelativePath(contentDir, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
        }

        return BuiltIn.ToDictionary(kv => kv.Key, kv => Encoding.UTF8.GetBytes(kv.Value), StringComparer.Ordinal);
    }

    private static readonly Dictionary<string, string> BuiltIn = new(StringComparer.Ordinal)
    {
        ["site.yaml"] = """
            name: องค์การบริหารส่วนตำบลตัวอย่าง
            short_name: อบต.ตัวอย่าง
            type: องค์การบริหารส่วนตำบล
            base_url: https://www.example.go.th/ita/
            assessment_years: [2566]
            current_year: 2566
            thai_digits: false
            address: 99 หมู่ 1 ตำบลตัวอย่าง อำเภอเมือง จังหวัดขอนแก่น 40000
            phones: ["0 4300 0000", "0 4300 0001"]
            fax: "0 4300 0002"
            email: saraban@example.go.th
            office_hours: จันทร์–ศุกร์ 08.30–16.30 น.
            map: { lat: 16.4419, lon: 102.8360 }
            social:
              - { name: Facebook, url: https://www.facebook.com/example }
            html:
              policy: standard
              iframe_hosts: [www.youtube-nocookie.com]
            complaints:
              anti_corruption:
                title: แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ
                page: /complaints/corruption/
                phone: "0 4300 0003"
              general:
                title: ร้องเรียน/ร้องทุกข์ทั่วไป
                page: /complaints/
              national:
                - { name: สำนักงาน ป.ป.ช., phone: "1205", url: https://www.nacc.go.th/ }
                - { name: ศูนย์ดำรงธรรม, phone: "1567" }
            itas:
              eit_url: https://itas.nacc.go.th/go/eit/example
              iit_url: https://itas.nacc.go.th/go/iit/example
            """,
        ["pages/index.md"] = "---\ntitle: หน้าแรก\ndescription: ศูนย์ข้อมูลข่าวสาร\n---\n# ยินดีต้อนรับ\n\nดู [ถาม-ตอบ](qa.md) และ [O1](/oit/2566/o1/)\n",
        ["pages/complaints.md"] = "---\ntitle: ร้องเรียนทั่วไป\nmenu: 2\n---\nแจ้งเรื่องร้องเรียนทั่วไปได้ที่สำนักปลัด\n",
        ["pages/complaints/corruption.md"] = "---\ntitle: แจ้งเรื่องร้องเรียนการทุจริต\n---\nช่องทางนี้แยกจากเรื่องร้องเรียนทั่วไป\n\n<details><summary>ขั้นตอน</summary>\n\n1. กรอกแบบฟอร์ม\n2. ส่งหลักฐาน\n\n</details>\n",
        ["pages/qa.md"] = "---\ntitle: ถาม-ตอบ\nmenu: 1\n---\n## คำถามที่พบบ่อย {#faq}\n\n> ถาม: ติดต่ออย่างไร\n> ตอบ: โทร 0 4300 0000[^1]\n\n[^1]: ในเวลาราชการ\n\n- [x] ตอบแล้ว\n- [ ] รอตอบ\n",
        ["oit/2566/o1.md"] = """
            ---
            indicator: O1
            status: done
            responsible: สำนักปลัด
            updated: 2566-03-20
            summary: แผนผังโครงสร้างอยู่ในไฟล์แนบ
            evidence:
              c1: "#โครงสร้าง"
              c2: files/structure.pdf
            attachments:
              - { file: files/structure.pdf, title: แผนผังโครงสร้าง }
            ---
            ## โครงสร้าง

            | ส่วนราชการ | หัวหน้า |
            |:--|--:|
            | สำนักปลัด | นายตัวอย่าง |

            ![แผนผัง](files/chart.png)

            <table><tr><td>ตาราง HTML</td></tr></table>
            """,
        ["oit/2566/o2.md"] = "---\nindicator: O2\nstatus: in-progress\nresponsible: สำนักปลัด\nupdated: 2023-03-15\nfiscal_year: 2566\ncovers: { from: 2022-10-01, to: 2023-03-31 }\n---\n**ผู้บริหาร** *นายก* ~~เดิม~~ <sup>1</sup><br>\n\n```\ncode\n```\n",
        ["oit/2566/o42.md"] = "---\nindicator: O42\nstatus: done\nresponsible: สำนักปลัด\nupdated: 2023-03-15\ninclude: [measures]\n---\nมาตรการส่งเสริมคุณธรรม\n",
        ["oit/2566/o43.md"] = "---\nindicator: O43\nstatus: done\nresponsible: สำนักปลัด\nupdated: 2023-03-15\ninclude: [measures-progress]\n---\nความก้าวหน้า\n",
        ["measures/2566/m1.md"] = """
            ---
            measure: 1
            title: มาตรการเปิดเผยข้อมูล
            issue: คะแนน O ต่ำ
            indicators: [O1, O2]
            perception_indicators: [1, 5]
            method: เผยแพร่ข้อมูลทุกไตรมาส
            period: ต.ค. 2565 – ก.ย. 2566
            start: 2022-10-01
            end: 2023-09-30
            responsible: สำนักปลัด
            status: in-progress
            rounds:
              - { months: 6, date: 2023-03-31, status: in-progress, result: ดำเนินการแล้ว 50% }
            ---
            รายละเอียดมาตรการ
            """,
        ["oit/2566/files/structure.pdf"] = "%PDF-1.4\n% fuzz seed\n",
        ["oit/2566/files/chart.png"] = "\u0089PNG fuzz seed",
    };
}
