using Microsoft.Extensions.Options;

namespace VoipUapi.Api.Genesys;

/// <summary>Checks <see cref="GenesysOptions"/>'s data annotations with code the options generator writes, not reflection at start.</summary>
[OptionsValidator]
public sealed partial class GenesysOptionsValidator : IValidateOptions<GenesysOptions>;
