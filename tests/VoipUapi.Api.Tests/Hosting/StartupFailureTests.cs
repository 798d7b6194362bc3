using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VoipUapi.Api.Hosting;
using VoipUapi.Telephony;

namespace VoipUapi.Api.Tests.Hosting;

/// <summary>
/// What the published app prints, instead of a stack trace, for a setting the operator can fix. The settings are read
/// as the host's start reads them (<see cref="IStartupValidator"/>), and the fault it raises is explained.
/// </summary>
public sealed class StartupFailureTests
{
    [Fact]
    public void A_setting_that_is_not_a_number_is_one_line_naming_the_key_and_the_type()
    {
        Exception fault = StartFault("abc");

        StartupFailure.Explain(fault).Should().Be(
            "Failed to convert configuration value 'abc' at 'Telephony:DefaultWaitForPickupSeconds' to type 'System.Int32'. "
            + "Give a value of that type (docs/configuration.md lists each setting's range).");
    }

    [Fact]
    public void A_setting_out_of_its_range_names_the_field_and_the_range()
    {
        Exception fault = StartFault("0");

        fault.Should().BeOfType<OptionsValidationException>();
        StartupFailure.Explain(fault).Should().Be("DefaultWaitForPickupSeconds: The field TelephonyOptions.DefaultWaitForPickupSeconds must be between 1 and 3600.");
    }

    [Fact]
    public void A_fault_the_host_wraps_is_found_inside()
    {
        Exception wrapped = new AggregateException(new InvalidOperationException("start", new OptionsValidationException("Telephony", typeof(TelephonyOptions), ["bad ring"])));

        StartupFailure.Explain(wrapped).Should().Be("bad ring");
    }

    [Fact]
    public void Any_other_fault_keeps_its_stack_trace()
    {
        StartupFailure.Explain(new InvalidOperationException("Failed to convert configuration value 'x' at 'y'.")).Should().BeNull("nothing failed to convert inside it");
        StartupFailure.Explain(new InvalidOperationException("a bug", new FormatException())).Should().BeNull("it is not the binder's");
        StartupFailure.Explain(new AggregateException(new KeyNotFoundException())).Should().BeNull();
    }

    private static Exception StartFault(string waitForPickupSeconds)
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Telephony:DefaultWaitForPickupSeconds"] = waitForPickupSeconds })
            .Build();
        using ServiceProvider services = new ServiceCollection().AddTelephonyNetwork(configuration).BuildServiceProvider();

        return Record.Exception(services.GetRequiredService<IStartupValidator>().Validate)
            ?? throw new InvalidOperationException("the start accepted the setting");
    }
}
