namespace VoipUapi.Api.Hosting;

/// <summary>The certificate of <c>https://</c> addresses, bound from the <c>Emulator</c> configuration section.</summary>
public sealed class HttpsCertificateOptions
{
    public const string Section = EmulatorOptions.Section;

    /// <summary>Where the self-signed certificate is kept between starts (see <see cref="EmulatorDataDirectory"/>).</summary>
    public string? DataDirectory { get; set; }

    /// <summary>A PFX to serve instead of the self-signed certificate.</summary>
    public CertificateFileOptions Certificate { get; set; } = new();
}

/// <summary><c>Emulator:Certificate</c>: a PKCS#12 (.pfx/.p12) file with its private key.</summary>
public sealed class CertificateFileOptions
{
    public string? Path { get; set; }

    public string? Password { get; set; }
}
