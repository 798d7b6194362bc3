using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging.Abstractions;
using VoipUapi.Api.Hosting;
using VoipUapi.Telephony.Clock;

namespace VoipUapi.Api.Tests.Emulator;

/// <summary>The certificate of https:// addresses: self-signed and kept in the data directory, or a configured PFX.</summary>
public sealed class EmulatorCertificateProviderTests : IDisposable
{
    private static readonly DateTimeOffset Now = TimeProvider.System.GetUtcNow();
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("voipuapi-certificate-");

    private string KeptFile => Path.Combine(_data.FullName, EmulatorCertificateProvider.FileName);

    [Fact]
    public void First_use_creates_a_self_signed_server_certificate_for_loopback_and_keeps_it_in_the_data_directory()
    {
        X509Certificate2 certificate = Provider(Now).Certificate;

        File.Exists(KeptFile).Should().BeTrue();
        certificate.HasPrivateKey.Should().BeTrue();
        certificate.Subject.Should().Contain("CN=localhost");
        X509SubjectAlternativeNameExtension names = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        names.EnumerateDnsNames().Should().Equal("localhost");
        names.EnumerateIPAddresses().Should().BeEquivalentTo([IPAddress.Loopback, IPAddress.IPv6Loopback]);
        certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single().EnhancedKeyUsages.Cast<Oid>()
            .Select(usage => usage.Value).Should().Equal("1.3.6.1.5.5.7.3.1");
        certificate.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority.Should().BeFalse();
        certificate.NotAfter.ToUniversalTime().Should().BeCloseTo(Now.UtcDateTime.AddDays(365), TimeSpan.FromSeconds(5));
        certificate.NotBefore.ToUniversalTime().Should().BeBefore(Now.UtcDateTime);
    }

    [Fact]
    public void A_later_start_serves_the_kept_certificate_again()
    {
        string first = Provider(Now).Certificate.Thumbprint;

        string second = Provider(Now.AddDays(100)).Certificate.Thumbprint;

        second.Should().Be(first);
    }

    [Fact]
    public void An_expired_certificate_is_made_again_and_the_new_one_kept()
    {
        string expired = Provider(Now).Certificate.Thumbprint;

        X509Certificate2 renewed = Provider(Now.AddDays(366)).Certificate;

        renewed.Thumbprint.Should().NotBe(expired);
        renewed.NotAfter.ToUniversalTime().Should().BeCloseTo(Now.UtcDateTime.AddDays(366 + 365), TimeSpan.FromSeconds(5));
        Provider(Now.AddDays(367)).Certificate.Thumbprint.Should().Be(renewed.Thumbprint);
    }

    [Fact]
    public void A_kept_file_that_does_not_load_is_replaced()
    {
        File.WriteAllText(KeptFile, "not a certificate");

        X509Certificate2 certificate = Provider(Now).Certificate;

        certificate.HasPrivateKey.Should().BeTrue();
        Provider(Now).Certificate.Thumbprint.Should().Be(certificate.Thumbprint);
    }

    [Fact]
    public void A_configured_pfx_is_served_instead_and_nothing_is_written_to_the_data_directory()
    {
        string pfx = Path.Combine(Directory.CreateTempSubdirectory("voipuapi-pfx-").FullName, "mine.pfx");
        using X509Certificate2 mine = X509CertificateLoader.LoadPkcs12(EmulatorCertificateProvider.CreateSelfSigned(Now), password: null);
        File.WriteAllBytes(pfx, mine.Export(X509ContentType.Pfx, "pfx-password"));
        try
        {
            X509Certificate2 served = Provider(Now, pfx, "pfx-password").Certificate;

            served.Thumbprint.Should().Be(mine.Thumbprint);
            File.Exists(KeptFile).Should().BeFalse();
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(pfx)!, recursive: true);
        }
    }

    [Fact]
    public void A_configured_pfx_with_the_wrong_password_stops_with_a_message_naming_the_setting()
    {
        string pfx = Path.Combine(_data.FullName, "mine.pfx");
        using X509Certificate2 mine = X509CertificateLoader.LoadPkcs12(EmulatorCertificateProvider.CreateSelfSigned(Now), password: null);
        File.WriteAllBytes(pfx, mine.Export(X509ContentType.Pfx, "right"));

        Action serve = () => _ = Provider(Now, pfx, "wrong").Certificate;

        serve.Should().Throw<StartupException>().WithMessage("*Emulator:Certificate:Path*Emulator:Certificate:Password*");
    }

    public void Dispose() => _data.Delete(recursive: true);

    private EmulatorCertificateProvider Provider(DateTimeOffset now, string? path = null, string? password = null) => new(
        new HttpsCertificateOptions { DataDirectory = _data.FullName, Certificate = new CertificateFileOptions { Path = path, Password = password } },
        new VirtualClock(now),
        NullLogger<EmulatorCertificateProvider>.Instance);
}
