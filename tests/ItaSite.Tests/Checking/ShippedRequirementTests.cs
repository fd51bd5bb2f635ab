using ItaSite.Generator.Diagnostics;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Checking;

/// <summary>
/// The <c>requires:</c> of the shipped framework files (not a test framework): for each kind of requirement they declare, a
/// mini-site on the built-in year with the evidence an assessor would fail, and the same site with the evidence mended, which
/// must give no evidence finding. Faults mirror what assessors failed agencies for (docs/check.md, "check and the assessor").
/// </summary>
public sealed class ShippedRequirementTests
{
    private static readonly DateOnly During2569 = new(2026, 6, 30);

    private const string Executives = """
        kind: executives
        title: ผู้บริหาร
        groups:
          - title: คณะผู้บริหาร
            people:
              - { name: นายหนึ่ง ทดสอบ, position: นายก, phone: "0 4300 0001", photo: portraits/p1.png }
              - { name: นางสอง ทดสอบ, position: ปลัด, phone: "0 4300 0002"PHOTO2 }
        """;

    /// <summary>A procurement data set listing one procurement a month; "2023-03=9" counts 9 for that month.</summary>
    private static string Procurement(params string[] months) =>
        "kind: procurement\ntitle: สรุปผลการจัดซื้อจัดจ้าง\nagency: อบต.ทดสอบ\nmonths:\n" + string.Concat(months.Select(m => m.Split('=') is var p ? $"""
              - month: {p[0]}
                count: {(p.Length > 1 ? p[1] : "1")}
                total: 1000.00
                items:
                  - work: ซื้อวัสดุสำนักงาน
                    budget: 1000.00
                    method: เฉพาะเจาะจง
                    bids:
                      - {"{"} name: ร้านทดสอบ, price: 1000.00 {"}"}
                    winner: {"{"} name: ร้านทดสอบ, price: 1000.00 {"}"}
                    reason: ราคาไม่เกินวงเงิน
                    contract: บส. 1/2569

            """ : string.Empty));

    private static TestSite Site2569()
    {
        var site = TestSite.WithBasics();
        site.Write("site.yaml", TestSite.MinimalSiteYaml
            .Replace("assessment_years: [2566]", "assessment_years: [2569]", StringComparison.Ordinal)
            .Replace("current_year: 2566", "current_year: 2569", StringComparison.Ordinal));
        return site;
    }

    /// <summary>The evidence findings (ITA4010-4099) about the given files, as "file:line code".</summary>
    private static async Task<List<string>> EvidenceFindings(TestSite site, DateOnly today, params string[] files)
    {
        var result = await CheckFixtureTests.CheckAsync(site.ContentDir, today);
        return [.. result.Diagnostics.Sorted()
            .Where(d => string.CompareOrdinal(d.Code, "ITA4010") >= 0 && string.CompareOrdinal(d.Code, "ITA4099") <= 0)
            .Where(d => files.Contains(d.Span.File))
            .Select(d => $"{d.Span.File}:{d.Span.Line} {d.Severity.ToString().ToLowerInvariant()} {d.Code}")];
    }

    [Fact]
    public async Task O11_of_2569_asks_for_every_month_of_the_first_half_in_a_procurement_data_set()
    {
        using var site = Site2569();
        site.Write("oit/2569/o11.md", "---\nindicator: O11\nstatus: done\nupdated: 2026-04-08\nfiscal_year: 2569\ncovers: { from: 2025-10-01, to: 2026-03-31 }\nevidence:\n  c1: \"#monthly\"\n  c2: \"#monthly\"\n  c3: \"#monthly\"\n---\n## สรุปผลรายเดือน {#monthly}\n\n::data[procurement-2569]\n");
        site.Write("data/procurement-2569.yaml", Procurement("2025-10", "2025-11", "2026-01", "2026-02", "2026-03"));

        Assert.Equal(["content/data/procurement-2569.yaml:17 error ITA4017"], await EvidenceFindings(site, During2569, "content/data/procurement-2569.yaml", "content/oit/2569/o11.md"));

        site.Write("data/procurement-2569.yaml", Procurement("2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"));
        Assert.Empty(await EvidenceFindings(site, During2569, "content/data/procurement-2569.yaml", "content/oit/2569/o11.md"));
    }

    [Fact]
    public async Task O2_of_2569_asks_for_a_photograph_of_every_executive()
    {
        using var site = Site2569();
        site.Write("oit/2569/o02.md", "---\nindicator: O2\nstatus: done\nupdated: 2026-02-16\nevidence:\n  c1: \"#people\"\n  c2: \"#people\"\n---\n## คณะผู้บริหาร {#people}\n\n::data[executives-2569]\n");
        site.WriteBytes("data/portraits/p1.png", Png(10));
        site.Write("data/executives-2569.yaml", Executives.Replace("PHOTO2", string.Empty, StringComparison.Ordinal));

        Assert.Equal(["content/data/executives-2569.yaml:7 error ITA4020"], await EvidenceFindings(site, During2569, "content/data/executives-2569.yaml"));

        site.WriteBytes("data/portraits/p2.png", Png(200));
        site.Write("data/executives-2569.yaml", Executives.Replace("PHOTO2", ", photo: portraits/p2.png", StringComparison.Ordinal));
        Assert.Empty(await EvidenceFindings(site, During2569, "content/data/executives-2569.yaml"));
    }

    [Fact]
    public async Task O20_of_2569_asks_for_the_announcement_itself_not_its_title()
    {
        using var site = Site2569();
        const string Page = "---\nindicator: O20\nstatus: done\nupdated: 2026-04-03\nfiscal_year: 2569\nevidence:\n  c1: \"#declaration\"\n  c2: \"#declaration\"\n  c3: \"#declaration\"\n---\n## ประกาศเจตนารมณ์ {#declaration}\n\nประกาศเจตนารมณ์นโยบาย No Gift Policy ประจำปีงบประมาณ พ.ศ. 2569 ลงวันที่ 20 ตุลาคม 2568\n";
        site.Write("oit/2569/o20.md", Page);

        Assert.Equal(["content/oit/2569/o20.md:7 error ITA4015"], await EvidenceFindings(site, During2569, "content/oit/2569/o20.md"));

        site.WriteBytes("oit/2569/files/no-gift.pdf", Pdf("/Subtype /Image"));
        site.Write("oit/2569/o20.md", Page.Replace("c1: \"#declaration\"", "c1: files/no-gift.pdf", StringComparison.Ordinal)
            .Replace("---\n## ", "attachments:\n  - { file: files/no-gift.pdf, title: ประกาศ No Gift Policy 2569 }\n---\n## ", StringComparison.Ordinal));
        Assert.Empty(await EvidenceFindings(site, During2569, "content/oit/2569/o20.md"));
    }

    [Fact]
    public async Task O4_of_2569_asks_for_news_of_the_assessed_fiscal_year()
    {
        using var site = Site2569();
        const string Page = "---\nindicator: O4\nstatus: done\nupdated: 2026-04-20\nfiscal_year: 2569\nevidence:\n  c1: \"#news\"\n  c2: \"#news\"\n---\n## ข่าว {#news}\n\n| วันที่ | เรื่อง |\n|---|---|\n| 20 เม.ย. 2569 | ประชุมประชาคมตำบล |\n| DATE | วันต่อต้านคอร์รัปชันสากล |\n";
        site.Write("oit/2569/o04.md", Page.Replace("DATE", "9 ธ.ค. 2567", StringComparison.Ordinal));

        Assert.Equal(["content/oit/2569/o04.md:15 error ITA4024"], await EvidenceFindings(site, During2569, "content/oit/2569/o04.md"));

        site.Write("oit/2569/o04.md", Page.Replace("DATE", "9 ธ.ค. 2568", StringComparison.Ordinal));
        Assert.Empty(await EvidenceFindings(site, During2569, "content/oit/2569/o04.md"));
    }

    [Fact]
    public async Task O17_of_2569_asks_for_the_channel_to_be_reached_from_a_page_of_the_site()
    {
        using var site = Site2569();
        const string Page = "---\nindicator: O17\nstatus: done\nupdated: 2025-10-20\nevidence:\n  c1: /complaints/corruption/\n  c2: \"#access\"\n---\n## การเข้าถึงจากเว็บไซต์หลัก {#access}\n\nLINK\n";
        site.Write("oit/2569/o17.md", Page.Replace("LINK", "ลิงก์อยู่ด้านบนของทุกหน้า", StringComparison.Ordinal));

        Assert.Equal(["content/oit/2569/o17.md:7 error ITA4025"], await EvidenceFindings(site, During2569, "content/oit/2569/o17.md"));

        site.Write("oit/2569/o17.md", Page.Replace("LINK", "เปิดไปยังหน้า[แจ้งเรื่องร้องเรียนการทุจริต](../../pages/complaints/corruption.md)", StringComparison.Ordinal));
        Assert.Empty(await EvidenceFindings(site, During2569, "content/oit/2569/o17.md"));
    }

    [Fact]
    public async Task O21_of_2566_asks_every_procurement_a_month_counts_to_be_listed_and_a_pdf_instead_is_left_to_a_person()
    {
        using var site = TestSite.WithBasics();
        const string Page = "---\nindicator: O21\nstatus: done\nupdated: 2023-04-10\nfiscal_year: 2566\ncovers: { from: 2022-10-01, to: 2023-03-31 }\nevidence:\n  c1: \"#monthly\"\n  c2: \"#monthly\"\n  c3: EVIDENCE\n---\n## สรุปผลรายเดือน {#monthly}\n\n::data[procurement-2566]\n";
        site.Write("oit/2566/o21.md", Page.Replace("EVIDENCE", "\"#monthly\"", StringComparison.Ordinal));
        site.Write("data/procurement-2566.yaml", Procurement("2022-10", "2022-11", "2022-12", "2023-01", "2023-02", "2023-03=9"));

        Assert.Equal(["content/data/procurement-2566.yaml:66 error ITA4019"], await EvidenceFindings(site, new DateOnly(2023, 6, 30), "content/data/procurement-2566.yaml", "content/oit/2566/o21.md"));

        site.WriteBytes("oit/2566/files/sor-kor-1.pdf", Pdf(string.Empty));
        site.Write("oit/2566/o21.md", Page.Replace("EVIDENCE", "files/sor-kor-1.pdf", StringComparison.Ordinal)
            .Replace("  c1: \"#monthly\"\n  c2: \"#monthly\"\n", string.Empty, StringComparison.Ordinal)
            .Replace("evidence:\n", "attachments:\n  - { file: files/sor-kor-1.pdf, title: แบบ สขร.1 }\nevidence:\n  c1: files/sor-kor-1.pdf\n  c2: files/sor-kor-1.pdf\n", StringComparison.Ordinal));
        Assert.Equal(["content/oit/2566/o21.md:12 warning ITA4026"], await EvidenceFindings(site, new DateOnly(2023, 6, 30), "content/data/procurement-2566.yaml", "content/oit/2566/o21.md"));
    }

    [Fact]
    public async Task O16_of_2566_asks_the_service_statistics_to_reach_the_end_of_the_first_half()
    {
        using var site = TestSite.WithBasics();
        site.Write("oit/2566/o16.md", "---\nindicator: O16\nstatus: done\nupdated: 2023-04-05\nfiscal_year: 2566\ncovers: { from: 2022-10-01, to: 2023-03-31 }\nevidence:\n  c1: \"#stats\"\n  c2: \"#stats\"\n---\n## สถิติการให้บริการรายเดือน {#stats}\n\n::data[services-2566]\n");
        const string Data = "kind: service-statistics\ntitle: สถิติการให้บริการ\nunit: ราย\nmonths: [MONTHS]\nservices:\n  - { name: ชำระภาษีที่ดินและสิ่งปลูกสร้าง, counts: [COUNTS] }\n";
        site.Write("data/services-2566.yaml", Data.Replace("MONTHS", "2022-10, 2022-11, 2022-12, 2023-01, 2023-02", StringComparison.Ordinal).Replace("COUNTS", "12, 8, 5, 14, 96", StringComparison.Ordinal));

        Assert.Equal(["content/data/services-2566.yaml:4 error ITA4018", "content/oit/2566/o16.md:6 error ITA4022"], await EvidenceFindings(site, new DateOnly(2023, 6, 30), "content/data/services-2566.yaml", "content/oit/2566/o16.md"));

        site.Write("data/services-2566.yaml", Data.Replace("MONTHS", "2022-10, 2022-11, 2022-12, 2023-01, 2023-02, 2023-03", StringComparison.Ordinal).Replace("COUNTS", "12, 8, 5, 14, 96, 287", StringComparison.Ordinal));
        Assert.Empty(await EvidenceFindings(site, new DateOnly(2023, 6, 30), "content/data/services-2566.yaml", "content/oit/2566/o16.md"));
    }

    /// <summary>A minimal PDF whose body holds <paramref name="extra"/> (e.g. an image marker).</summary>
    private static byte[] Pdf(string extra) => System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj\n<< /Type /XObject {extra} >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    /// <summary>The PNG signature plus a distinguishing byte: the file policy and check read a file's first bytes.</summary>
    private static byte[] Png(byte gray) => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, gray];
}
