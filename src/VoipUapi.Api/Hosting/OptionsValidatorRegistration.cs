using Microsoft.Extensions.Options;

namespace VoipUapi.Api.Hosting;

/// <summary>
/// Options checked by a validator the options generator writes (<c>[OptionsValidator]</c>): the same data annotations
/// <c>ValidateDataAnnotations</c> reads, without its reflection over every property at start (docs/decisions/0035).
/// </summary>
public static class OptionsValidatorRegistration
{
    public static OptionsBuilder<TOptions> ValidateWith<TOptions>(this OptionsBuilder<TOptions> options, IValidateOptions<TOptions> validator)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Services.AddSingleton(validator);
        return options;
    }
}
