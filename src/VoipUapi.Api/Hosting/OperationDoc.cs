namespace VoipUapi.Api.Hosting;

/// <summary>
/// What the OpenAPI document shows for one operation beyond its signature: a request that works as it is against a
/// freshly started default seed (its path, query and header values, and its body), an example answer where the
/// schema says little (a stream), and the vendor's error codes each refusal status can carry.
/// </summary>
/// <param name="Parameters">Example values by parameter name (path, query or header).</param>
/// <param name="Body">The request body: JSON text for a JSON body.</param>
/// <param name="Form">The fields of an <c>application/x-www-form-urlencoded</c> body, with their example values.</param>
/// <param name="Multipart">The parts of a <c>multipart/form-data</c> body by name, with their example content; a part whose name is in <paramref name="Files"/> is a file.</param>
/// <param name="Files">The parts of <paramref name="Multipart"/> that are files, with their example file names.</param>
/// <param name="Answer">An example of the first success answer, for a media type that is not JSON.</param>
/// <param name="ErrorCodes">By status: the vendor error codes the operation answers with.</param>
public sealed record OperationDoc(
    IReadOnlyDictionary<string, string>? Parameters = null,
    string? Body = null,
    IReadOnlyDictionary<string, string>? Form = null,
    IReadOnlyDictionary<string, string>? Multipart = null,
    IReadOnlyDictionary<string, string>? Files = null,
    string? Answer = null,
    IReadOnlyDictionary<int, IReadOnlyList<string>>? ErrorCodes = null);
