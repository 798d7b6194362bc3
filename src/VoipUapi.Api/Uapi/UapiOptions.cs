using System.ComponentModel.DataAnnotations;

namespace VoipUapi.Api.Uapi;

/// <summary>Bound from the <c>Uapi</c> configuration section.</summary>
public sealed class UapiOptions
{
    public const string Section = "Uapi";

    /// <summary>The largest request body accepted; larger ones get 413 <c>request_too_large</c>.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 64 * 1024;

    /// <summary>The largest file a fax may carry; a larger one is <c>fx_file_invalid</c>.</summary>
    [Range(1, 64 * 1024 * 1024)]
    public int MaxFaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The most files one fax may carry; more is <c>fx_max_files_reached</c>.</summary>
    [Range(1, 100)]
    public int MaxFaxFiles { get; set; } = 10;

    /// <summary>The most recipients one fax may have; more is <c>fx_recipients_invalid</c>.</summary>
    [Range(1, 1000)]
    public int MaxFaxRecipients { get; set; } = 20;
}
