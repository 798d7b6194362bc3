using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using VoipUapi.Api.Conventions;
using VoipUapi.Testing;

namespace VoipUapi.Api.Tests.Hosting;

/// <summary>The dialects list their validators instead of scanning for them at start (docs/decisions/0038); none is left out.</summary>
public sealed class ValidatorRegistrationTests
{
    [Fact]
    public async Task Every_validator_of_a_class_in_the_emulator_is_the_registered_validator_of_that_class()
    {
        await using var emulator = new EmulatorFactory();
        List<(Type Validator, Type Service)> validators = [.. typeof(PlainController).Assembly.GetTypes()
            .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(type => type.GetInterfaces()
                .Where(service => service.IsGenericType && service.GetGenericTypeDefinition() == typeof(IValidator<>) && !service.GetGenericArguments()[0].IsInterface)
                .Select(service => (type, service)))];

        validators.Should().HaveCountGreaterThan(20);
        validators.Should().AllSatisfy(entry => emulator.Services.GetService(entry.Service).Should().BeOfType(entry.Validator));
    }
}
