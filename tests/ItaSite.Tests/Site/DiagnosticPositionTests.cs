using ItaSite.Tests.Support;

namespace ItaSite.Tests.Site;

public class DiagnosticPositionTests
{
    [Fact]
    public async Task Unknown_indicator_points_at_the_indicator_value()
    {
        using var site = TestSite.WithBasics();
        site.Write("oit/2566/o44.md", "---\nstatus: done\nindicator: O44\n---\n");
        var result = await site.BuildAsync();
        Assert.False(result.Succeeded);
        Assert.Equal(
            "content/oit/2566/o44.md:3:12: error ITA2001: O44 is not an item of ITA 2566 (items are O1–O43) (ไม่มีข้อนี้ในกรอบการประเมิน)",
            Assert.Single(TestSite.Errors(result)).ToString());
    }

    [Fact]
    public async Task Duplicate_indicator_names_both_files()
    {
        using var site = TestSite.WithBasics();
        site.Write("oit/2566/a.md", "---\nindicator: O7\n---\n");
        site.Write("oit/2566/b.md", "---\ntitle: ข่าว\nindicator: O7\n---\n");
        var result = await site.BuildAsync();
        Assert.Equal(
            "content/oit/2566/b.md:3:12: error ITA2002: O7 of 2566 already has a page: content/oit/2566/a.md:2:12 (ข้อนี้มีหน้าซ้ำ)",
            Assert.Single(TestSite.Errors(result)).ToString());
    }

    [Fact]
    public async Task Broken_yaml_in_site_config_is_positioned()
    {
        using var site = TestSite.WithBasics();
        site.Write("site.yaml", "name: อบต.ทดสอบ\nbase_url: https://x.go.th/\n  assessment_years: [2566\n");
        var result = await site.BuildAsync();
        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal("ITA1001", error.Code);
        Assert.Equal("content/site.yaml", error.Span.File);
        Assert.Equal(3, error.Span.Line);
    }

    [Fact]
    public async Task Unknown_component_in_evidence_lists_the_real_ones()
    {
        using var site = TestSite.WithBasics();
        site.Write("oit/2566/o3.md", TestSite.Item("O3", "evidence:\n  c9: \"#x\"\n"));
        var result = await site.BuildAsync();
        Assert.Equal("content/oit/2566/o3.md:7:7: error ITA2004: O3 has no component 'c9' (its components are c1)", Assert.Single(TestSite.Errors(result)).ToString());
    }

    [Fact]
    public async Task Broken_links_and_missing_attachments_carry_the_markdown_line()
    {
        using var site = TestSite.WithBasics();
        site.Write("oit/2566/o6.md", TestSite.Item("O6", "attachments: [files/law.pdf]\n", "ย่อหน้าแรก\n\nดู[กฎหมาย](o99.md)และ[หัวข้อ](#ไม่มี)\n"));
        var result = await site.BuildAsync();
        var lines = TestSite.Errors(result).Select(e => e.ToString()).ToList();
        Assert.Contains("content/oit/2566/o6.md:6:15: error ITA3002: attachment 'oit/2566/files/law.pdf' is not in the content folder (ไม่พบไฟล์แนบ)", lines);
        Assert.Contains("content/oit/2566/o6.md:10:3: error ITA3001: link target 'o99.md' does not exist (ลิงก์เสีย: ไม่พบปลายทาง)", lines);
        Assert.Contains("content/oit/2566/o6.md:10:22: error ITA3003: this page has no heading with id '#ไม่มี' (ไม่พบหัวข้อที่อ้างถึงในหน้านี้)", lines);
    }

    [Fact]
    public async Task Javascript_links_are_refused()
    {
        using var site = TestSite.WithBasics();
        site.Write("pages/about.md", "# เกี่ยวกับ\n\n[คลิก](javascript:alert(1))\n");
        var result = await site.BuildAsync();
        Assert.Equal("ITA3006", Assert.Single(TestSite.Errors(result)).Code);
    }

    [Fact]
    public async Task Missing_site_yaml_is_reported()
    {
        using var site = new TestSite();
        site.Write("pages/index.md", "# หน้าแรก\n");
        var result = await site.BuildAsync();
        Assert.Equal("content/site.yaml: error ITA1008: site.yaml is missing: it names the agency, its base URL and complaint channels (ไม่พบไฟล์ site.yaml)", Assert.Single(TestSite.Errors(result)).ToString());
    }
}
