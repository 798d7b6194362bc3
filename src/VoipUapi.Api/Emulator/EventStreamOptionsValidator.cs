using Microsoft.Extensions.Options;

namespace VoipUapi.Api.Emulator;

/// <summary>Checks <see cref="EventStreamOptions"/>'s data annotations with code the options generator writes, not reflection at start.</summary>
[OptionsValidator]
public sealed partial class EventStreamOptionsValidator : IValidateOptions<EventStreamOptions>;
