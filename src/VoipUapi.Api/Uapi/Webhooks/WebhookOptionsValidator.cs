using Microsoft.Extensions.Options;

namespace VoipUapi.Api.Uapi.Webhooks;

/// <summary>Checks <see cref="WebhookOptions"/>'s data annotations with code the options generator writes, not reflection at start.</summary>
[OptionsValidator]
public sealed partial class WebhookOptionsValidator : IValidateOptions<WebhookOptions>;
