namespace VoipUapi.Api.Hosting;

/// <summary>
/// A branch of the pipeline for requests that few runs make (the OpenAPI document and UI, the dashboard's files): like
/// <c>UseWhen</c>, but its middlewares are set up and built by the first request that enters it rather than at start,
/// where they were tens of milliseconds of the cold start (docs/decisions/0029). A set-up that throws is not kept:
/// the next request into the branch sets it up again.
/// </summary>
public static class FirstUseBranch
{
    public static IApplicationBuilder UseWhenFirstEntered(this IApplicationBuilder app, Func<HttpContext, bool> predicate, Action<IApplicationBuilder> configuration)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentNullException.ThrowIfNull(configuration);
        return app.Use(next =>
        {
            var branch = new Lazy<RequestDelegate>(() =>
            {
                IApplicationBuilder builder = app.New();
                configuration(builder);
                builder.Run(next);
                return builder.Build();
            }, LazyThreadSafetyMode.PublicationOnly);
            return context => predicate(context) ? branch.Value(context) : next(context);
        });
    }
}
