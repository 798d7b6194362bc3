using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Formatters;
using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Conventions;

/// <summary>
/// Writes the object answers of one dialect's actions (values, <c>Ok(…)</c>, <c>Problem(…)</c>) with the dialect's
/// own serializer settings instead of MVC's, which stay MVC's defaults; in UTF-8 only, as every answer
/// (<see cref="Utf8Answers"/>).
/// </summary>
public sealed class JsonAnswersFilter(JsonSerializerOptions json) : IAlwaysRunResultFilter
{
    private readonly SystemTextJsonOutputFormatter _formatter = Utf8Answers.Restrict(new SystemTextJsonOutputFormatter(json));

    public void OnResultExecuting(ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Result is ObjectResult { Formatters.Count: 0 } answer)
        {
            answer.Formatters.Add(_formatter);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
