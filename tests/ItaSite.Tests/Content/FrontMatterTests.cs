using ItaSite.Generator.Content;
using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Framework;

namespace ItaSite.Tests.Content;

public class FrontMatterTests
{
    private static (ContentPage? Page, List<string> Lines) Parse(string path, string text)
    {
        var diagnostics = new DiagnosticBag();
        var page = new PageParser(diagnostics).Parse(new SourceFile(path, "content/" + path, text));
        return (page, diagnostics.Sorted().Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void Item_front_matter_is_typed()
    {
        var (page, lines) = Parse("oit/2566/o17.md", """
            ---
            indicator: o17
            status: in-progress
            responsible: สำนักปลัด
            updated: 2566-03-20
            fiscal_year: 2565
            covers: { from: 2021-10-01, to: 2022-09-30 }
            summary: ผลสำรวจอยู่ในหัวข้อผลการสำรวจ
            evidence:
              c1: "#ผลการสำรวจ"
              c2: [files/survey.pdf, "#สรุป"]
            attachments:
              - file: files/survey.pdf
                title: รายงานผลการสำรวจ
            include: [measures]
            ---
            ## ผลการสำรวจ
            """);
        Assert.Empty(lines);
        var item = Assert.IsType<ItemPage>(page);
        Assert.Equal(new IndicatorCode(17), item.Code);
        Assert.Equal(2566, item.Year);
        Assert.Equal(PageStatus.InProgress, item.Status);
        Assert.Equal(new DateOnly(2023, 3, 20), item.Updated);
        Assert.Equal(2565, item.FiscalYear);
        Assert.Equal(new DateRange(new DateOnly(2021, 10, 1), new DateOnly(2022, 9, 30)), item.Covers);
        Assert.Equal(["c1", "c2", "c2"], item.Evidence.Select(e => e.ComponentId));
        Assert.Equal("oit/2566/files/survey.pdf", Assert.Single(item.Attachments).ContentPath);
        Assert.Equal(["measures"], item.Includes);
        Assert.Equal(17, item.Body.FirstLine);
    }

    [Fact]
    public void Unknown_keys_are_warnings_with_their_line_and_a_suggestion()
    {
        var (page, lines) = Parse("oit/2566/o1.md", "---\nindicator: O1\ntitel: โครงสร้าง\nstatus: done\n---\nbody\n");
        Assert.NotNull(page);
        Assert.Equal(["content/oit/2566/o1.md:3:1: warning ITA1003: unknown key 'titel' in an OIT item page — did you mean 'title'? (ไม่รู้จักคีย์นี้ ค่าจะไม่ถูกใช้)"], lines);
    }

    [Fact]
    public void Broken_yaml_reports_the_file_line_and_column()
    {
        var (page, lines) = Parse("oit/2566/o5.md", "---\nindicator: O5\nstatus: done\nsummary: [unclosed\n---\n");
        Assert.Null(page);
        var line = Assert.Single(lines);
        Assert.StartsWith("content/oit/2566/o5.md:5:1: error ITA1001: invalid YAML", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_scalar_with_colon_space_is_reported_where_it_breaks()
    {
        var (_, lines) = Parse("oit/2566/o5.md", "---\nindicator: O5\nsummary: ดูที่หัวข้อ \"ตัวอย่าง: คู่มือ\"\n---\n");
        var line = Assert.Single(lines);
        Assert.StartsWith("content/oit/2566/o5.md:3:", line, StringComparison.Ordinal);
        Assert.Contains("error ITA1001", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_values_point_at_the_value()
    {
        var (page, lines) = Parse("oit/2566/o2.md", "---\nindicator: O2\nstatus: finished\nupdated: 15/03/2566\n---\n");
        Assert.Null(page);
        Assert.Equal(2, lines.Count);
        Assert.StartsWith("content/oit/2566/o2.md:3:9: error ITA1004: 'status' must be one of not-started, in-progress, done; got 'finished'", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("content/oit/2566/o2.md:4:10: error ITA1004: 'updated' must be a date", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Unterminated_front_matter_is_an_error_at_line_one()
    {
        var (page, lines) = Parse("oit/2566/o3.md", "---\nindicator: O3\nstatus: done\n\n## หัวข้อ\n");
        Assert.Null(page);
        Assert.Equal("content/oit/2566/o3.md:1:1: error ITA1002: front matter opened with '---' is never closed by a second '---' line (ส่วนหัว YAML ไม่มีบรรทัด --- ปิดท้าย)", Assert.Single(lines));
    }

    [Fact]
    public void Item_page_without_indicator_key_is_an_error()
    {
        var (page, lines) = Parse("oit/2566/x.md", "---\nstatus: done\n---\n");
        Assert.Null(page);
        Assert.Equal("content/oit/2566/x.md:2:1: error ITA1005: missing required key 'indicator' (ขาดคีย์ที่จำเป็น)", Assert.Single(lines));
    }

    [Fact]
    public void Generic_pages_may_omit_front_matter_and_take_the_first_heading_as_title()
    {
        var (page, lines) = Parse("pages/about.md", "# เกี่ยวกับเรา\n\nข้อความ\n");
        Assert.Empty(lines);
        Assert.Equal("เกี่ยวกับเรา", Assert.IsType<GenericPage>(page).Title);
    }

    [Fact]
    public void Attachments_may_not_leave_the_content_folder()
    {
        var (page, lines) = Parse("oit/2566/o9.md", "---\nindicator: O9\nattachments: [../../../../etc/passwd]\n---\n");
        Assert.Null(page);
        Assert.StartsWith("content/oit/2566/o9.md:3:15: error ITA3005:", Assert.Single(lines), StringComparison.Ordinal);
    }
}
