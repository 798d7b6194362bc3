using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace VoipUapi.Api.Validation;

/// <summary>What a dialect's filter needs to answer a request MVC could not bind in its own envelope.</summary>
public static class ModelStateErrors
{
    /// <summary>
    /// The first error of the deepest key that has one: the field the binding broke on (<c>$.phoneCallView[0].source</c>
    /// rather than <c>$.phoneCallView</c>). Call only on an invalid model state.
    /// </summary>
    public static (string Key, ModelError Error) Deepest(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return modelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .Select(entry => (entry.Key, entry.Value!.Errors[0]))
            .OrderByDescending(entry => entry.Key.Length)
            .First();
    }
}
