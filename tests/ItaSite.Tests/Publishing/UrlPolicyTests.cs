using ItaSite.Generator.Diagnostics;
using ItaSite.Generator.Publishing;
using ItaSite.Generator.Sanitizing;
using ItaSite.Generator.Site;
using ItaSite.Tests.Support;

namespace ItaSite.Tests.Publishing;

/// <summary>
/// One URL policy for every source. The decision is made on the normalised URL, and a URL refused in site.yaml or a data file
/// is an error at its own line and column (before, such URLs were published as links on every page).
/// </summary>
public class UrlPolicyTests
{
    public static TheoryData<string> Hostile => new()
    {
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "  javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\u0001javascript:alert(1)",
        "java\u200Bscript:alert(1)",
        "javascript&#58;alert(1)",
        "javascript&colon;alert(1)",
        "&#x6A;avascript:alert(1)",
        "%6Aavascript:alert(1)",
        "javascript%3Aalert(1)",
        "%256Aavascript%253Aalert(1)",
        "ｊａｖａｓｃｒｉｐｔ：alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "DATA:image/svg+xml,<svg onload=alert(1)>",
        "file:///etc/passwd",
        "ftp://files.example.go.th/x",
        "blob:https://x/1",
        "intent://x#Intent;end",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Hostile_urls_are_refused_by_every_user_of_the_policy(string url)
    {
        Assert.Equal(UrlKind.Refused, UrlPolicy.Classify(url).Kind);
        var resolver = new LinkResolver(new Dictionary<string, ItaSite.Generator.Output.SitePath>(), new HashSet<string>(), new Dictionary<string, AssetFile>());
        Assert.Equal(LinkKind.Blocked, resolver.Resolve("pages/x.md", url).Kind);
        Assert.False(new HtmlSanitizer(HtmlPolicy.Standard).IsAllowedUrl("a", "href", url));
    }

    [Theory]
    [InlineData("https://www.nacc.go.th/", UrlKind.Web)]
    [InlineData("HTTP://www.example.go.th/a?b=1", UrlKind.Web)]
    [InlineData("//cdn.example.go.th/a.pdf", UrlKind.Web)]
    [InlineData("mailto:saraban@example.go.th", UrlKind.Mail)]
    [InlineData("tel:1205", UrlKind.Phone)]
    [InlineData("/complaints/", UrlKind.Relative)]
    [InlineData("files/รายงาน 2566.pdf", UrlKind.Relative)]
    [InlineData("#หัวข้อ", UrlKind.Relative)]
    [InlineData("?q=ร้องเรียน", UrlKind.Relative)]
    public void Allowed_urls_keep_their_kind(string url, UrlKind kind) => Assert.Equal(kind, UrlPolicy.Classify(url).Kind);

    private static (int Line, int Column) PositionOf(string text, string value)
    {
        var index = text.IndexOf(value, StringComparison.Ordinal);
        var line = 1 + text[..index].Count(c => c == '\n');
        return (line, index - text.LastIndexOf('\n', Math.Max(0, index - 1)));
    }

    public static TheoryData<string, string> SiteYamlFields => new()
    {
        { "social:\n  - { name: Facebook, url: \"JavaScript:alert(document.cookie)\" }\n", "\"JavaScript:alert(document.cookie)\"" },
        { "social:\n  - name: Line\n    url: data:text/html,<script>alert(1)</script>\n", "data:text/html" },
        { "itas:\n  eit_url: vbscript:msgbox(1)\n", "vbscript:msgbox(1)" },
        { "itas:\n  iit_url: \"java\\tscript:alert(1)\"\n", "\"java\\tscript:alert(1)\"" },
    };

    [Theory]
    [MemberData(nameof(SiteYamlFields))]
    public async Task A_refused_url_in_site_yaml_is_an_error_at_its_line_and_column(string extra, string value)
    {
        using var site = TestSite.WithBasics();
        var yaml = TestSite.MinimalSiteYaml + "\n" + extra;
        site.Write("site.yaml", yaml);
        var result = await site.BuildAsync();
        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal(DiagnosticCodes.UnsafeLink, error.Code);
        Assert.Equal(("content/site.yaml", PositionOf(yaml, value)), (error.Span.File, (error.Span.Line, error.Span.Column)));
        Assert.False(result.Written);
    }

    [Theory]
    [InlineData("national:\n    - { name: สำนักงาน ป.ป.ช., phone: \"1205\", url: https://www.nacc.go.th/ }", "national:\n    - { name: สำนักงาน ป.ป.ช., phone: \"1205\", url: \"javascript:alert(1)\" }", "\"javascript:alert(1)\"")]
    [InlineData("page: /complaints/\n  national:", "page: /complaints/\n    url: \" data:text/html,x\"\n  national:", "\" data:text/html,x\"")]
    public async Task Complaint_channels_and_national_hotlines_use_the_same_policy(string find, string replace, string value)
    {
        using var site = TestSite.WithBasics();
        var yaml = TestSite.MinimalSiteYaml.Replace(find, replace, StringComparison.Ordinal);
        Assert.NotEqual(TestSite.MinimalSiteYaml, yaml);
        site.Write("site.yaml", yaml);
        var error = Assert.Single(TestSite.Errors(await site.BuildAsync()));
        Assert.Equal((DiagnosticCodes.UnsafeLink, PositionOf(yaml, value)), (error.Code, (error.Span.Line, error.Span.Column)));
    }

    [Theory]
    [InlineData("kind: contacts\ntitle: ติดต่อ\nwebsite: javascript:alert(1)\n", "javascript:alert(1)", "ITA3006")]
    [InlineData("kind: contacts\ntitle: ติดต่อ\nunits:\n  - { name: กองคลัง, phone: \"0 4300 0000\", email: \"x@example.go.th?bcc=all@example.go.th\" }\n", "\"x@example.go.th?bcc", "ITA3015")]
    [InlineData("kind: executives\ntitle: ผู้บริหาร\ngroups:\n  - title: คณะ\n    people:\n      - { name: นาย ก, position: นายก, photo: \"javascript:alert(1)\" }\n", "\"javascript:alert(1)\"", "ITA3006")]
    [InlineData("kind: executives\ntitle: ผู้บริหาร\ngroups:\n  - title: คณะ\n    people:\n      - { name: นาย ก, position: นายก, email: \"javascript:alert(1)//@x.th\" }\n", "\"javascript:alert(1)//@x.th\"", "ITA3015")]
    public async Task Urls_and_addresses_in_data_files_are_checked_at_their_position(string yaml, string value, string code)
    {
        using var site = TestSite.WithBasics();
        site.Write("data/d.yaml", yaml);
        site.Write("oit/2566/o1.md", TestSite.Item("O1", body: "::data[d]\n"));
        var result = await site.BuildAsync();
        var error = Assert.Single(TestSite.Errors(result));
        Assert.Equal((code, "content/data/d.yaml", PositionOf(yaml, value)), (error.Code, error.Span.File, (error.Span.Line, error.Span.Column)));
        Assert.False(result.Written);
    }

    [Fact]
    public async Task Front_matter_evidence_and_attachments_use_the_same_policy()
    {
        using var site = TestSite.WithBasics();
        site.Write("oit/2566/o1.md", TestSite.Item("O1", "attachments:\n  - { file: \"JAVASCRIPT:alert(1)\", title: x }\n"));
        var attachment = Assert.Single(TestSite.Errors(await site.BuildAsync()));
        Assert.Equal((DiagnosticCodes.UnsafeLink, 7, 13), (attachment.Code, attachment.Span.Line, attachment.Span.Column));

        site.Write("oit/2566/o1.md", TestSite.Item("O1", "evidence:\n  c1: \"&#106;avascript:alert(1)\"\n"));
        var evidence = Assert.Single(TestSite.Errors(await site.BuildAsync()));
        Assert.Equal((DiagnosticCodes.UnsafeLink, 7), (evidence.Code, evidence.Span.Line));
    }
}
