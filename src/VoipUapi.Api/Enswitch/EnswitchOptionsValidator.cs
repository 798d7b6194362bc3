using Microsoft.Extensions.Options;

namespace VoipUapi.Api.Enswitch;

/// <summary>Checks <see cref="EnswitchOptions"/>'s data annotations with code the options generator writes, not reflection at start.</summary>
[OptionsValidator]
public sealed partial class EnswitchOptionsValidator : IValidateOptions<EnswitchOptions>;
