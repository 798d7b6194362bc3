using VoipUapi.Api.Emulator;

namespace VoipUapi.Api.Tests.Emulator;

/// <summary>What the journal masks in queries and bodies, and what it leaves alone.</summary>
public sealed class SecretRedactorTests
{
    [Theory]
    [InlineData("client_id=a&client_secret=s3cret&grant_type=client_credentials", "client_id=a&client_secret=***&grant_type=client_credentials")]
    [InlineData("client%5Fsecret=s3cret", "client%5Fsecret=***")]
    [InlineData("CLIENT_SECRET=s3cret&x=1", "CLIENT_SECRET=***&x=1")]
    [InlineData("accessRequestToken=Bearer%20tok&accessRequestToken=tok2", "accessRequestToken=***&accessRequestToken=***")]
    [InlineData("access_token=tok&refresh_token=r&password=p", "access_token=***&refresh_token=***&password=***")]
    [InlineData("client_secret=", "client_secret=")]
    [InlineData("client_secret", "client_secret")]
    [InlineData("a=1&&b=2&", "a=1&&b=2&")]
    [InlineData("", "")]
    public void Form_fields_named_like_secrets_are_masked(string form, string expected) =>
        SecretRedactor.RedactForm(form).Should().Be(expected);

    [Fact]
    public void Text_without_secrets_is_returned_as_it_is()
    {
        string query = "waitForPickup=25&callDuration=60";

        SecretRedactor.RedactForm(query).Should().BeSameAs(query);
        SecretRedactor.RedactBody(query).Should().BeSameAs(query);
    }

    [Theory]
    [InlineData("""{"client_secret":"s3cret","x":1}""", """{"client_secret":"***","x":1}""")]
    [InlineData("""{ "Password" : "p\"q" , "x":1}""", """{ "Password":"***" , "x":1}""")]
    [InlineData("""{"accessToken":12345}""", """{"accessToken":"***"}""")]
    [InlineData("{\"client_secret\":\"cut sho", "{\"client_secret\":\"***\"")]
    [InlineData("""{"note":"client_secret is not a field here"}""", """{"note":"client_secret is not a field here"}""")]
    public void Json_members_named_like_secrets_are_masked_even_in_a_truncated_body(string body, string expected) =>
        SecretRedactor.RedactBody(body).Should().Be(expected);
}
