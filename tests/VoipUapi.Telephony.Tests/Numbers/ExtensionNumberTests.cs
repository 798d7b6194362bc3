namespace VoipUapi.Telephony.Tests.Numbers;

public sealed class ExtensionNumberTests
{
    [Theory]
    [InlineData("0003*210", "0003", "210")]
    [InlineData("0003*00", "0003", "00")]
    [InlineData("0004*12345", "0004", "12345")]
    public void Extended_number_splits_into_organization_code_and_local_part(string text, string code, string local)
    {
        ExtensionNumber.TryParse(text, out ExtensionNumber number).Should().BeTrue();

        number.Should().Be(new ExtensionNumber(code, local));
        number.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("210")]
    [InlineData("0003*2")]
    [InlineData("0003-210")]
    [InlineData("003*2100")]
    [InlineData("0003*")]
    [InlineData("0003*123456")]
    [InlineData("abcd*210")]
    [InlineData("0003*21a")]
    [InlineData("0003**210")]
    public void Text_that_is_not_an_extended_number_is_refused(string? text)
    {
        ExtensionNumber.TryParse(text, out ExtensionNumber number).Should().BeFalse();

        number.Should().Be(default(ExtensionNumber));
    }
}
