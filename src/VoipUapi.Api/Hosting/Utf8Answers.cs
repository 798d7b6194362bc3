using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.Extensions.Options;

namespace VoipUapi.Api.Hosting;

/// <summary>
/// Answers are UTF-8 whatever <c>Accept-Charset</c> asks for, as every emulated vendor answers and as RFC 8259 makes
/// JSON between systems: MVC's formatters would otherwise write UTF-16 to a client that asks for it.
/// </summary>
public sealed class Utf8Answers : IPostConfigureOptions<MvcOptions>
{
    public void PostConfigure(string? name, MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (TextOutputFormatter formatter in options.OutputFormatters.OfType<TextOutputFormatter>())
        {
            Restrict(formatter);
        }
    }

    /// <summary>Leaves <paramref name="formatter"/> UTF-8 as its only encoding (for a dialect's own formatter too).</summary>
    public static TFormatter Restrict<TFormatter>(TFormatter formatter)
        where TFormatter : TextOutputFormatter
    {
        ArgumentNullException.ThrowIfNull(formatter);
        foreach (Encoding other in formatter.SupportedEncodings.Where(encoding => encoding.CodePage != Encoding.UTF8.CodePage).ToList())
        {
            formatter.SupportedEncodings.Remove(other);
        }

        return formatter;
    }
}
