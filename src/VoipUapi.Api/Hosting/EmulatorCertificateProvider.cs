using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace VoipUapi.Api.Hosting;

/// <summary>
/// The certificate the emulator serves <c>https://</c> addresses with: the PFX named by <c>Emulator:Certificate:Path</c>,
/// or else a self-signed one for localhost, 127.0.0.1 and ::1, created on first use and kept in the data directory
/// (<see cref="FileName"/>), reused on later starts and made again once it expires. Validity is counted on the real
/// clock, which is the one TLS clients check, whatever the emulator's clock says.
/// </summary>
public sealed partial class EmulatorCertificateProvider
{
    public const string FileName = "https-certificate.pfx";
    public const string SubjectName = "CN=localhost, O=VoipUapi emulator";

    private const string ServerAuthentication = "1.3.6.1.5.5.7.3.1";
    private static readonly TimeSpan Validity = TimeSpan.FromDays(365);

    /// <summary>A certificate this close to its end is made again rather than served.</summary>
    private static readonly TimeSpan RenewBefore = TimeSpan.FromDays(1);

    private readonly string? _configuredPath;
    private readonly string? _configuredPassword;
    private readonly TimeProvider _realTime;
    private readonly ILogger _logger;
    private readonly Lazy<X509Certificate2> _certificate;

    public EmulatorCertificateProvider(HttpsCertificateOptions options, TimeProvider realTime, ILogger<EmulatorCertificateProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _configuredPath = string.IsNullOrWhiteSpace(options.Certificate.Path) ? null : options.Certificate.Path;
        _configuredPassword = options.Certificate.Password;
        _realTime = realTime;
        _logger = logger;
        SelfSignedPath = Path.Combine(EmulatorDataDirectory.Resolve(options.DataDirectory), FileName);
        _certificate = new Lazy<X509Certificate2>(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Where the self-signed certificate is (or will be) kept.</summary>
    public string SelfSignedPath { get; }

    /// <summary>The certificate to serve, loaded or made on first use.</summary>
    public X509Certificate2 Certificate => _certificate.Value;

    private X509Certificate2 Load()
    {
        if (_configuredPath is not null)
        {
            X509Certificate2 configured = LoadConfigured(_configuredPath);
            LogConfigured(configured.Thumbprint, _configuredPath, configured.NotAfter);
            return configured;
        }

        DateTimeOffset now = _realTime.GetUtcNow();
        if (TryLoadKept(now) is { } kept)
        {
            LogReused(kept.Thumbprint, SelfSignedPath, kept.NotAfter);
            return kept;
        }

        X509Certificate2 created = CreateAndKeep(now);
        LogCreated(created.Thumbprint, SelfSignedPath, created.NotAfter);
        return created;
    }

    private X509Certificate2 LoadConfigured(string path)
    {
        try
        {
            X509Certificate2 certificate = X509CertificateLoader.LoadPkcs12FromFile(path, _configuredPassword);
            if (!certificate.HasPrivateKey)
            {
                certificate.Dispose();
                throw new StartupException(
                    $"Emulator:Certificate:Path '{path}' has no private key; export the certificate with its private key as a PFX.");
            }

            return certificate;
        }
        catch (Exception error) when (error is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new StartupException(
                $"Emulator:Certificate:Path '{path}' cannot be loaded ({error.Message}); give a readable PFX and its Emulator:Certificate:Password, "
                + "or remove the setting to use the emulator's own self-signed certificate.", error);
        }
    }

    /// <summary>The kept self-signed certificate, unless there is none, it does not load, or it has expired or soon will.</summary>
    private X509Certificate2? TryLoadKept(DateTimeOffset now)
    {
        if (!File.Exists(SelfSignedPath))
        {
            return null;
        }

        try
        {
            X509Certificate2 kept = X509CertificateLoader.LoadPkcs12FromFile(SelfSignedPath, password: null);
            if (kept.HasPrivateKey && kept.NotBefore.ToUniversalTime() <= now.UtcDateTime && kept.NotAfter.ToUniversalTime() > (now + RenewBefore).UtcDateTime)
            {
                return kept;
            }

            LogRenewing(SelfSignedPath, kept.NotAfter);
            kept.Dispose();
            return null;
        }
        catch (Exception error) when (error is CryptographicException or IOException or UnauthorizedAccessException)
        {
            LogUnreadable(SelfSignedPath, error.Message);
            return null;
        }
    }

    private X509Certificate2 CreateAndKeep(DateTimeOffset now)
    {
        byte[] pfx = CreateSelfSigned(now);
        string directory = Path.GetDirectoryName(SelfSignedPath)!;
        string temporary = Path.Combine(directory, $"{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(temporary, file))
            {
                stream.Write(pfx);
            }

            File.Move(temporary, SelfSignedPath, overwrite: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new StartupException(
                $"the HTTPS certificate cannot be kept in '{directory}' ({error.Message}); set Emulator:DataDirectory to a writable folder, "
                + "or give a PFX in Emulator:Certificate:Path.", error);
        }

        return X509CertificateLoader.LoadPkcs12(pfx, password: null);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Nothing was written, or it cannot be removed either: the error that led here says why.
        }
    }

    /// <summary>A PFX (no password) of a new ECDSA P-256 certificate for localhost, 127.0.0.1 and ::1, valid a year from <paramref name="now"/>.</summary>
    public static byte[] CreateSelfSigned(DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(SubjectName, key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        request.CertificateExtensions.Add(names.Build(critical: false));
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(ServerAuthentication)], critical: false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));

        using X509Certificate2 certificate = request.CreateSelfSigned(now.AddDays(-1), now + Validity);
        return certificate.Export(X509ContentType.Pfx);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTPS certificate {Thumbprint} from Emulator:Certificate:Path {Path}, valid until {NotAfter:O}")]
    private partial void LogConfigured(string thumbprint, string path, DateTime notAfter);

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTPS certificate {Thumbprint} (self-signed, kept in {Path}), valid until {NotAfter:O}")]
    private partial void LogReused(string thumbprint, string path, DateTime notAfter);

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTPS certificate {Thumbprint} created (self-signed for localhost, 127.0.0.1, ::1) and kept in {Path}, valid until {NotAfter:O}")]
    private partial void LogCreated(string thumbprint, string path, DateTime notAfter);

    [LoggerMessage(Level = LogLevel.Information, Message = "The HTTPS certificate in {Path} ends {NotAfter:O}: making a new one")]
    private partial void LogRenewing(string path, DateTime notAfter);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The HTTPS certificate in {Path} cannot be read ({Reason}): making a new one")]
    private partial void LogUnreadable(string path, string reason);
}
