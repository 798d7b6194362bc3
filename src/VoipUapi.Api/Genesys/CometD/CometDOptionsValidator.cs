using Microsoft.Extensions.Options;

namespace VoipUapi.Api.Genesys.CometD;

/// <summary>Checks <see cref="CometDOptions"/>'s data annotations with code the options generator writes, not reflection at start.</summary>
[OptionsValidator]
public sealed partial class CometDOptionsValidator : IValidateOptions<CometDOptions>;
