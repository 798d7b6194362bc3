namespace VoipUapi.Telephony.Tests.Numbers;

public sealed class CallerIdTests
{
    [Theory]
    [InlineData("John Doe <+3334444>", "John Doe", "+3334444")]
    [InlineData("John Doe <4242425>", "John Doe", "4242425")]
    [InlineData("  Jane Roe   <0003*024>  ", "Jane Roe", "0003*024")]
    [InlineData("<4242425>", "", "4242425")]
    [InlineData("O'Brien-Smith, Jr. <123>", "O'Brien-Smith, Jr.", "123")]
    [InlineData("Jürgen Müller <4930123456>", "Jürgen Müller", "4930123456")]
    public void Name_and_number_in_angle_brackets_are_a_caller_id(string text, string name, string number)
    {
        CallerId.TryParse(text, out CallerId? callerId).Should().BeTrue();

        callerId.Should().Be(new CallerId(name, number));
        CallerId.IsCallerId(text).Should().BeTrue("validators ask without building one, and must agree");
    }

    [Theory]
    [InlineData("John Doe")]
    [InlineData("4242425")]
    [InlineData("John Doe <>")]
    [InlineData("John Doe <abc>")]
    [InlineData("John Doe <4242425")]
    [InlineData("John Doe <4242425> extra")]
    [InlineData("John <Doe> <4242425>")]
    [InlineData("")]
    [InlineData(null)]
    public void Text_without_a_number_in_angle_brackets_is_refused(string? text)
    {
        CallerId.TryParse(text, out CallerId? callerId).Should().BeFalse();

        callerId.Should().BeNull();
        CallerId.IsCallerId(text).Should().BeFalse();
    }

    [Fact]
    public void A_name_longer_than_64_characters_is_refused()
    {
        CallerId.TryParse($"{new string('a', 64)} <1>", out _).Should().BeTrue();
        CallerId.TryParse($"{new string('a', 65)} <1>", out _).Should().BeFalse();
        CallerId.IsCallerId($"{new string('a', 64)} <1>").Should().BeTrue();
        CallerId.IsCallerId($"{new string('a', 65)} <1>").Should().BeFalse();
    }

    [Theory]
    [InlineData("John Doe", "+3334444", "John Doe <+3334444>")]
    [InlineData("", "4242425", "<4242425>")]
    public void Caller_id_prints_in_the_vendor_format(string name, string number, string printed)
    {
        new CallerId(name, number).ToString().Should().Be(printed);
        CallerId.Format.Should().Be("John Doe <+3334444>");
    }
}
