namespace VoipUapi.Api.Enswitch.Swagger;

/// <summary>An attribute that documents several parameters at once, for functions that share them.</summary>
public interface IEnswitchParameterSource
{
    IEnumerable<EnswitchParameterAttribute> Parameters { get; }
}
