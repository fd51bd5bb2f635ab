using ItaSite.Generator.Search;

namespace ItaSite.Tests.Search;

public class SearchNormalizerTests
{
    [Theory]
    [InlineData("ร้องเรียน", "ร้องเรียน")]
    [InlineData("จัดซื้อ จัดจ้าง", "จัดซื้อจัดจ้าง")]
    [InlineData("รอบ ๖ เดือน", "รอบ6เดือน")]
    [InlineData("รอบ\u00A06\tเดือน", "รอบ6เดือน")]
    [InlineData("ปีงบประมาณ พ.ศ. ๒๕๖๖", "ปีงบประมาณพ.ศ.2566")]
    [InlineData("E-Service ของ อบต.", "e-serviceของอบต.")]
    [InlineData("O28", "o28")]
    [InlineData("ทุ\u200Bจริต", "ทุจริต")]
    [InlineData("ประ\u00ADพฤติ", "ประพฤติ")]
    [InlineData("\uFEFFคู่มือ", "คู่มือ")]
    public void Fold_removes_case_digits_spaces_and_invisible_characters(string input, string expected) =>
        Assert.Equal(expected, SearchNormalizer.Fold(input));

    [Fact]
    public void Fold_writes_nikhahit_plus_sara_aa_as_sara_am()
    {
        // "ดำเนินการ" typed as ด + ํ + า (two characters) and as ด + ำ (one character) must be the same word.
        Assert.Equal(SearchNormalizer.Fold("ดำเนินการ"), SearchNormalizer.Fold("ด\u0E4D\u0E32เนินการ"));
        // with a tone mark between: น้ำ typed as น + ํ + ้ + า
        Assert.Equal("น\u0E49\u0E33", SearchNormalizer.Fold("น\u0E4D\u0E49\u0E32"));
    }

    [Fact]
    public void Fold_moves_a_tone_mark_typed_before_its_vowel()
    {
        Assert.Equal(SearchNormalizer.Fold("ที่"), SearchNormalizer.Fold("ท\u0E48\u0E35"));
        Assert.Equal(SearchNormalizer.Fold("ผู้บริหาร"), SearchNormalizer.Fold("ผ\u0E49\u0E39บริหาร"));
    }

    [Fact]
    public void Fold_keeps_tone_marks_so_different_words_stay_different()
    {
        Assert.NotEqual(SearchNormalizer.Fold("ซื้อ"), SearchNormalizer.Fold("ซื่อ"));
        Assert.DoesNotContain(SearchNormalizer.Fold("ซื้อ"), SearchNormalizer.Fold("ความซื่อสัตย์สุจริต"), StringComparison.Ordinal);
        Assert.Contains(SearchNormalizer.Fold("จัดซื้อ"), SearchNormalizer.Fold("แผนการจัดซื้อจัดจ้าง ประจำปี"), StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_keeps_digits_case_and_single_spaces_for_snippets()
    {
        Assert.Equal("รายงาน O12 รอบ ๖ เดือน", SearchNormalizer.Clean("  รายงาน\u200B O12\n\nรอบ  ๖ เดือน "));
    }

    [Fact]
    public void Mixed_thai_and_english_query_matches_text_spaced_differently()
    {
        var text = SearchNormalizer.Fold("ระบบ E-Service สำหรับยื่นคำร้องออนไลน์");
        Assert.Contains(SearchNormalizer.Fold("e-service สำหรับ"), text, StringComparison.Ordinal);
        Assert.Contains(SearchNormalizer.Fold("ยื่น คำร้อง"), text, StringComparison.Ordinal);
    }
}
