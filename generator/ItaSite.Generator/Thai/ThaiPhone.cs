namespace ItaSite.Generator.Thai;

/// <summary>Phone numbers as Thai agencies write them (<c>0 4300 1234 ต่อ 102</c>, Thai digits allowed) turned into what a <c>tel:</c> link dials.</summary>
public static class ThaiPhone
{
    private const string Extension = "ต่อ";

    /// <summary>
    /// The number part of a <c>tel:</c> link: the digits (a leading <c>+</c> kept), then <c>;ext=</c> and the extension's digits
    /// when the text has <c>ต่อ</c>; dropping only the word would dial the extension as part of the number.
    /// </summary>
    public static string Tel(string phone)
    {
        var parts = ThaiDigits.ToArabic(phone).Split(Extension, 2);
        var main = parts[0].TrimStart();
        var digits = (main.StartsWith('+') ? "+" : "") + new string([.. main.Where(char.IsAsciiDigit)]);
        var ext = parts.Length > 1 ? new string([.. parts[1].Where(char.IsAsciiDigit)]) : "";
        return ext.Length > 0 ? digits + ";ext=" + ext : digits;
    }
}
