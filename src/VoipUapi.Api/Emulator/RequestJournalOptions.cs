using System.ComponentModel.DataAnnotations;
using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Emulator;

/// <summary>Bound from the <c>Emulator</c> configuration section.</summary>
public sealed class RequestJournalOptions
{
    public const string Section = EmulatorOptions.Section;

    /// <summary>How many vendor API requests <c>GET /emulator/requests</c> keeps; older ones are dropped.</summary>
    [Range(1, 1_000_000)]
    public int JournalCapacity { get; set; } = 1000;
}
