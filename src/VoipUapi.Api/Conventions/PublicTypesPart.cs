using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationParts;

namespace VoipUapi.Api.Conventions;

/// <summary>
/// An assembly as an MVC application part that lists its public types only, which are all a controller can be. MVC's
/// own <see cref="AssemblyPart"/> lists every type, the compiler's closures and state machines among them, and loads
/// each of them when the host starts (docs/decisions/0036).
/// </summary>
public sealed class PublicTypesPart(Assembly assembly) : ApplicationPart, IApplicationPartTypeProvider
{
    public Assembly Assembly { get; } = assembly;

    public override string Name => Assembly.GetName().Name!;

    public IEnumerable<TypeInfo> Types => Assembly.GetExportedTypes().Select(type => type.GetTypeInfo());
}
