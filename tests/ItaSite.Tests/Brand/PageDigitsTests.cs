using ItaSite.Generator.Thai;

namespace ItaSite.Tests.Brand;

public sealed class PageDigitsTests
{
    [Fact]
    public void Arabic_site_turns_thai_digits_of_text_to_arabic() =>
        Assert.Equal("<p title=\"๒๕๖๖\">ปี พ.ศ. 2566 ภายใน 6 เดือน</p>", Apply("<p title=\"๒๕๖๖\">ปี พ.ศ. ๒๕๖๖ ภายใน ๖ เดือน</p>", thai: false));

    [Fact]
    public void Thai_site_turns_text_digits_to_thai_but_keeps_tags_urls_codes_and_code() =>
        Assert.Equal(
            "<a href=\"/oit/2566/o21/\">O21 ปี ๒๕๖๖</a> https://x.go.th/a1 mail@x1.go.th <code>v2</code> <script>var a=1;</script> &#39;๓",
            Apply("<a href=\"/oit/2566/o21/\">O21 ปี 2566</a> https://x.go.th/a1 mail@x1.go.th <code>v2</code> <script>var a=1;</script> &#39;3", thai: true));

    private static string Apply(string html, bool thai)
    {
        var chars = html.ToCharArray();
        PageDigits.ApplyInPlace(chars, thai);
        return new string(chars);
    }

    [Fact]
    public void Rewrites_in_place_without_changing_the_length_and_leaves_an_unclosed_tag_alone()
    {
        var html = "<pre><code>1</code> 2</pre> 3 <b title=4>5 <i 6".ToCharArray();
        PageDigits.ApplyInPlace(html, thai: true);
        Assert.Equal("<pre><code>1</code> 2</pre> ๓ <b title=4>๕ <i 6", new string(html));
    }
}
