namespace VoipUapi.Telephony.Tests.Numbers;

public sealed class DialedNumberTests
{
    [Theory]
    [InlineData("0003*210", DialedNumberKind.Extended, "0003*210")]
    [InlineData("0003*00", DialedNumberKind.Extended, "0003*00")]
    [InlineData("210", DialedNumberKind.Short, "210")]
    [InlineData("*00", DialedNumberKind.Short, "*00")]
    [InlineData("*210", DialedNumberKind.Short, "*210")]
    [InlineData("5354353", DialedNumberKind.Public, "5354353")]
    [InlineData("+4930123456", DialedNumberKind.Public, "+4930123456")]
    [InlineData("3235742879", DialedNumberKind.Public, "3235742879")]
    [InlineData("1234", DialedNumberKind.Public, "1234")]
    [InlineData("  5354353 ", DialedNumberKind.Public, "5354353")]
    public void Number_is_classified_by_its_shape(string text, DialedNumberKind kind, string kept)
    {
        DialedNumber? number = DialedNumber.Parse(text);

        number.Should().Be(new DialedNumber(kind, kept));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("12")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("+12")]
    [InlineData("+")]
    [InlineData("*")]
    [InlineData("*1")]
    [InlineData("21a")]
    [InlineData("0003*2")]
    [InlineData("535 4353")]
    [InlineData("123456789012345678901")]
    public void Text_that_is_no_kind_of_phone_number_is_refused(string? text) => DialedNumber.Parse(text).Should().BeNull();

    [Fact]
    public void Twenty_digits_are_still_a_public_number()
    {
        DialedNumber.Parse("12345678901234567890")!.Value.Kind.Should().Be(DialedNumberKind.Public);
    }

    [Theory]
    [InlineData("210", "0003*210")]
    [InlineData("*00", "0003*00")]
    [InlineData("*210", "0003*210")]
    public void Short_number_stands_for_an_extension_of_the_organization(string text, string extended)
    {
        DialedNumber.Parse(text)!.Value.InOrganization("0003").ToString().Should().Be(extended);
    }
}
