using Microsoft.Extensions.Options;

namespace VoipUapi.Api.Uapi;

/// <summary>Checks <see cref="UapiOptions"/>'s data annotations with code the options generator writes, not reflection at start.</summary>
[OptionsValidator]
public sealed partial class UapiOptionsValidator : IValidateOptions<UapiOptions>;
