using Microsoft.Extensions.Options;

namespace VoipUapi.Api.Uapi.Auth;

/// <summary>Checks <see cref="OAuthOptions"/>'s data annotations with code the options generator writes, not reflection at start.</summary>
[OptionsValidator]
public sealed partial class OAuthOptionsValidator : IValidateOptions<OAuthOptions>;
