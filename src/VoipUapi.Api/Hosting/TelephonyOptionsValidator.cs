using VoipUapi.Telephony;

using Microsoft.Extensions.Options;

namespace VoipUapi.Api.Hosting;

/// <summary>Checks <see cref="TelephonyOptions"/>'s data annotations with code the options generator writes, not reflection at start.</summary>
[OptionsValidator]
public sealed partial class TelephonyOptionsValidator : IValidateOptions<TelephonyOptions>;
