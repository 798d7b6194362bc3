using System.Reflection;
using System.Text.Json;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using VoipUapi.Api.Conventions;
using VoipUapi.Api.Validation;

namespace VoipUapi.Api.Emulator.Validation;

/// <summary>
/// Answers a control request MVC could not bind (not JSON, a field of the wrong JSON type), or whose arguments fail
/// their FluentValidation validator, with a 400 problem whose detail names the field and says what to send.
/// </summary>
public sealed class ValidateControlRequestAttribute : ValidateArgumentsAttribute
{
    protected override IActionResult Unbound(ActionExecutingContext context) => BadInput(context, BindingErrorOf(context));

    protected override IActionResult Invalid(ActionExecutingContext context, ValidationFailure failure) => BadInput(context, failure.ErrorMessage);

    private static ObjectResult BadInput(ActionExecutingContext context, string detail) =>
        ControlProblemAnswer.Of(context.HttpContext, StatusCodes.Status400BadRequest, detail);

    private static string BindingErrorOf(ActionExecutingContext context)
    {
        (string key, ModelError error) = ModelStateErrors.Deepest(context.ModelState);
        if (error.ErrorMessage.StartsWith(JsonRequestBody.MessageLead, StringComparison.Ordinal))
        {
            return error.ErrorMessage;
        }

        string field = key.StartsWith("$.", StringComparison.Ordinal) ? key[2..] : key;
        Type? body = (context.ActionDescriptor as ControllerActionDescriptor)?.Parameters
            .FirstOrDefault(p => p.BindingInfo?.BindingSource == BindingSource.Body)?.ParameterType;
        if (field is "" or "$")
        {
            return "the request body is not a JSON object; send a JSON object with the fields docs/control-api.md lists for this route.";
        }

        return body is not null && PropertyType(body, field) is { } type
            ? $"{field} has the wrong JSON type; send {Described(type)} (docs/control-api.md)."
            : $"the request could not be read at {field}; send a JSON object with the fields docs/control-api.md lists for this route.";
    }

    private static Type? PropertyType(Type model, string jsonName)
    {
        PropertyInfo? property = model.GetProperties().FirstOrDefault(p =>
            string.Equals(JsonNamingPolicy.CamelCase.ConvertName(p.Name), jsonName, StringComparison.OrdinalIgnoreCase));
        return property is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
    }

    private static string Described(Type type) =>
        type == typeof(int) || type == typeof(long) ? "a whole number"
        : type == typeof(double) ? "a number"
        : type == typeof(bool) ? "true or false"
        : "a string";
}
