using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using VoipUapi.Api.Hosting;

namespace VoipUapi.Api.Tests.Hosting;

public sealed class FirstUseBranchTests
{
    [Fact]
    public async Task The_branch_is_set_up_by_its_first_request_and_only_once()
    {
        int setUps = 0;
        RequestDelegate app = Pipeline(branch =>
        {
            setUps++;
            branch.Run(context => Answer(context, StatusCodes.Status202Accepted));
        });

        setUps.Should().Be(0, "nothing is set up before a request enters the branch");
        (await StatusOf(app, "/other")).Should().Be(StatusCodes.Status204NoContent);
        setUps.Should().Be(0, "a request the predicate leaves out does not set the branch up");
        (await StatusOf(app, "/branch")).Should().Be(StatusCodes.Status202Accepted);
        (await StatusOf(app, "/branch")).Should().Be(StatusCodes.Status202Accepted);
        setUps.Should().Be(1);
    }

    [Fact]
    public async Task A_set_up_that_threw_is_tried_again_by_the_next_request()
    {
        int setUps = 0;
        RequestDelegate app = Pipeline(branch =>
        {
            if (++setUps == 1)
            {
                throw new InvalidOperationException("the first set-up fails");
            }

            branch.Run(context => Answer(context, StatusCodes.Status202Accepted));
        });

        Func<Task> first = () => StatusOf(app, "/branch");
        await first.Should().ThrowAsync<InvalidOperationException>();
        (await StatusOf(app, "/branch")).Should().Be(StatusCodes.Status202Accepted);
        setUps.Should().Be(2);
    }

    private static RequestDelegate Pipeline(Action<IApplicationBuilder> branch)
    {
        var builder = new ApplicationBuilder(new ServiceCollection().BuildServiceProvider());
        builder.UseWhenFirstEntered(context => context.Request.Path.StartsWithSegments("/branch"), branch);
        builder.Run(context => Answer(context, StatusCodes.Status204NoContent));
        return builder.Build();
    }

    private static Task Answer(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    private static async Task<int> StatusOf(RequestDelegate app, string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        await app(context);
        return context.Response.StatusCode;
    }
}
