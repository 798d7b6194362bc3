using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using VoipUapi.Api.Conventions;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Hosting;

/// <summary>What MVC models when the host starts is what the controllers declare, and nothing more (docs/decisions/0036).</summary>
public sealed class ControllerModelTests
{
    [Fact]
    public async Task Every_controller_is_a_plain_controller_whose_one_public_property_is_its_context()
    {
        await using var emulator = new EmulatorFactory();
        List<Type> controllers = [.. emulator.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>().Select(action => action.ControllerTypeInfo.AsType()).Distinct()];

        controllers.Should().HaveCountGreaterThan(20);
        controllers.Should().AllSatisfy(controller =>
        {
            controller.Should().BeDerivedFrom<PlainController>();
            controller.GetProperties().Select(p => p.Name).Should().Equal(nameof(PlainController.ControllerContext));
        });
    }

    [Fact]
    public async Task MVC_looks_for_controllers_among_the_public_types_of_the_emulators_own_assembly_only()
    {
        await using var emulator = new EmulatorFactory();

        emulator.Services.GetRequiredService<ApplicationPartManager>().ApplicationParts.Should().ContainSingle()
            .Which.Should().BeOfType<PublicTypesPart>().Which.Assembly.Should().BeSameAs(typeof(PlainController).Assembly);
    }
}
