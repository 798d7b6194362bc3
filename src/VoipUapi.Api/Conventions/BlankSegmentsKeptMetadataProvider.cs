using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace VoipUapi.Api.Conventions;

/// <summary>
/// Keeps a blank or whitespace string argument of the actions of one dialect's controllers as it was sent, where MVC
/// would turn it into null: <c>/uapi/phoneCalls/@me/210/%20</c> names a call id that is blank, which is bad input,
/// never the id-less route that acts on every call of the extension.
/// </summary>
public sealed class BlankSegmentsKeptMetadataProvider(Type controllerBase) : IDisplayMetadataProvider
{
    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Key is { MetadataKind: ModelMetadataKind.Parameter, ModelType: var type, ParameterInfo.Member.DeclaringType: { } controller }
            && type == typeof(string)
            && controller.IsAssignableTo(controllerBase))
        {
            context.DisplayMetadata.ConvertEmptyStringToNull = false;
        }
    }
}
