using ItaSite.Generator.Thai;

namespace ItaSite.Tests.Thai;

public sealed class ThaiPhoneTests
{
    [Theory]
    [InlineData("0 4300 1234", "043001234")]
    [InlineData("0 4300 1234 ต่อ 102", "043001234;ext=102")]
    [InlineData("๐ ๔๓๐๐ ๑๒๓๔ ต่อ ๑๐๒", "043001234;ext=102")]
    [InlineData("0-4300-1234ต่อ102", "043001234;ext=102")]
    [InlineData("+66 43 001 234", "+6643001234")]
    [InlineData("1205", "1205")]
    public void Tel_dials_the_number_and_keeps_the_extension_apart(string written, string tel) =>
        Assert.Equal(tel, ThaiPhone.Tel(written));
}
