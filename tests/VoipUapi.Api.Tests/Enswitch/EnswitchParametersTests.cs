using VoipUapi.Api.Enswitch.Protocol;

namespace VoipUapi.Api.Tests.Enswitch;

/// <summary>The one reader of Enswitch parameters: separators, decoding, repeated and empty keys.</summary>
public sealed class EnswitchParametersTests
{
    [Theory]
    [InlineData("a=1;b=2&c=3")]
    [InlineData("a=1&b=2;c=3;")]
    [InlineData(";;a=1&&b=2;&c=3")]
    [InlineData("%61=%31;b=2;c=3")]
    public void Pairs_are_split_on_semicolons_and_ampersands_and_decoded(string text)
    {
        EnswitchParameters parameters = EnswitchParameters.Parse(text);

        parameters.Names.Should().Equal("a", "b", "c");
        parameters.ValuesOf("a").Should().Equal("1");
        parameters.ValuesOf("c").Should().Equal("3");
    }

    [Fact]
    public void Plus_and_percent_20_are_spaces_and_an_encoded_separator_stays_in_the_value()
    {
        EnswitchParameters parameters = EnswitchParameters.Parse("d=a+b%20c%3Bd%26e%3Df");

        parameters.ValuesOf("d").Should().Equal("a b c;d&e=f");
    }

    [Fact]
    public void Repeated_keys_keep_every_value_in_order_query_first_then_body()
    {
        EnswitchParameters parameters = EnswitchParameters.Parse("k=1;k=", "k=2").With([KeyValuePair.Create("k", "3")]);

        parameters.ValuesOf("k").Should().Equal("1", "", "2", "3");
        parameters.ValuesOf("missing").Should().BeEmpty();
    }

    [Fact]
    public void A_key_without_equals_has_an_empty_value_and_malformed_escapes_stay_as_written()
    {
        EnswitchParameters parameters = EnswitchParameters.Parse("flag;x=%zz;y=%");

        parameters.ValuesOf("flag").Should().Equal("");
        parameters.ValuesOf("x").Should().Equal("%zz");
        parameters.ValuesOf("y").Should().Equal("%");
    }

    [Theory]
    [InlineData("n=", null, true)]
    [InlineData("n=+", null, false)]
    [InlineData("n=7", 7, true)]
    [InlineData("n=%207%20", 7, true)]
    [InlineData("n=7;n=7", 7, true)]
    [InlineData("n=7;n=", 7, true)]
    [InlineData("n=7;n=8", null, false)]
    [InlineData("n=0x7", null, false)]
    [InlineData("n=11", null, false)]
    public void Integers_read_empty_as_the_default_and_refuse_the_rest_naming_the_key(string text, int? expected, bool valid)
    {
        var input = new EnswitchInput(EnswitchParameters.Parse(text));

        input.Integer("n", 0, 10).Should().Be(expected);

        input.IsValid.Should().Be(valid);
        input.Problems.Should().OnlyContain(p => p.Key == "n" && p.Code == "400");
    }
}
