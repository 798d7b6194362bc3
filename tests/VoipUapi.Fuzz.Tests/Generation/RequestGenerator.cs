using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using VoipUapi.Fuzz.Tests.Document;
using VoipUapi.Fuzz.Tests.Oracles;

namespace VoipUapi.Fuzz.Tests.Generation;

/// <summary>
/// The requests for one operation, from its entry in the document: good values under every token; each path
/// segment mutation, a share of the query value mutations (<see cref="Mutations.SomeQueryValues"/>) and each body
/// mutation in turn, the rest good; then random mixes of them all.
/// </summary>
public sealed class RequestGenerator(ValuePool pool, SchemaSamples samples, IReadOnlyList<TokenChoice> tokens)
{
    public IEnumerable<FuzzRequest> For(ApiOperation operation, Random random, int randomCases)
    {
        foreach (TokenChoice token in tokens)
        {
            yield return Build(operation, random, token, "good values");
        }

        foreach (ApiParameter segment in operation.InPath)
        {
            foreach (string mutation in Mutations.PathSegments)
            {
                yield return Build(operation, random, GoodToken(operation, random), $"path segment {segment.Name} = {FuzzRequest.Shorten(mutation)}",
                    path: new Dictionary<string, string> { [segment.Name] = mutation });
            }
        }

        foreach (ApiParameter parameter in operation.InQuery)
        {
            foreach (string mutation in Mutations.SomeQueryValues(random))
            {
                yield return Build(operation, random, GoodToken(operation, random), $"query {parameter.Name} = {FuzzRequest.Shorten(mutation)}",
                    query: [(parameter.Name, mutation)]);
            }

            string good = Escape(pool.For(parameter.Name, parameter.Schema, random));
            yield return Build(operation, random, GoodToken(operation, random), $"query {parameter.Name} repeated", query: [(parameter.Name, good), (parameter.Name, "abc")]);
            yield return Build(operation, random, GoodToken(operation, random), $"query {parameter.Name} without =", query: [(parameter.Name, null)]);
            yield return Build(operation, random, GoodToken(operation, random), $"query {parameter.Name} in upper case", query: [(parameter.Name.ToUpperInvariant(), good)]);
        }

        foreach (string name in Mutations.UnknownQueryNames)
        {
            yield return Build(operation, random, GoodToken(operation, random), $"unknown query parameter {FuzzRequest.Shorten(name)}", query: [(name, "1")]);
        }

        if (operation.TakesBody)
        {
            TokenChoice token = GoodToken(operation, random);
            foreach (BodyVariant body in BodyMutations.Of(Sample(operation, random, token), operation.RequestBody?.TakesForm == true))
            {
                yield return Build(operation, random, token, $"body: {body.Mutation}", body: body);
            }
        }

        for (int i = 0; i < randomCases; i++)
        {
            yield return Mixed(operation, random);
        }
    }

    /// <summary>A value as a client puts it in a path or query: percent-encoded, but <c>*</c>, <c>@</c> and <c>+</c> as they are written in the vendors' examples.</summary>
    public static string Escape(string value) =>
        Uri.EscapeDataString(value).Replace("%2A", "*", StringComparison.Ordinal).Replace("%40", "@", StringComparison.Ordinal);

    private FuzzRequest Mixed(ApiOperation operation, Random random)
    {
        TokenChoice token = tokens[random.Next(tokens.Count)];
        var path = operation.InPath.Where(_ => random.Next(10) < 3)
            .ToDictionary(segment => segment.Name, _ => Mutations.PathSegments[random.Next(Mutations.PathSegments.Count)]);
        List<(string, string?)> query = operation.InQuery.Where(_ => random.Next(10) < 3)
            .Select(parameter => (parameter.Name, (string?)Mutations.QueryValues[random.Next(Mutations.QueryValues.Count)])).ToList();
        BodyVariant? body = null;
        if (operation.TakesBody && random.Next(10) < 4)
        {
            List<BodyVariant> variants = BodyMutations.Of(Sample(operation, random, token), operation.RequestBody?.TakesForm == true).ToList();
            body = variants[random.Next(variants.Count)];
        }

        string mutated = string.Join("; ", path.Select(p => $"path segment {p.Key} = {FuzzRequest.Shorten(p.Value)}")
            .Concat(query.Select(q => $"query {q.Item1} = {FuzzRequest.Shorten(q.Item2 ?? string.Empty)}"))
            .Concat(body is null ? [] : [$"body: {body.Mutation}"]));
        return Build(operation, random, token, $"mixed: {(mutated.Length == 0 ? "good values" : mutated)}", path, query, body);
    }

    private FuzzRequest Build(
        ApiOperation operation,
        Random random,
        TokenChoice token,
        string mutation,
        Dictionary<string, string>? path = null,
        List<(string Name, string? Value)>? query = null,
        BodyVariant? body = null)
    {
        var target = new StringBuilder(operation.PathTemplate);
        foreach (ApiParameter segment in operation.InPath)
        {
            string value = path is not null && path.TryGetValue(segment.Name, out string? mutated) ? mutated : Escape(pool.For(segment.Name, segment.Schema, random, token));
            target.Replace($"{{{segment.Name}}}", value);
        }

        List<(string Name, string? Value)> pairs = query ?? [];
        foreach (ApiParameter parameter in operation.InQuery.Where(p => !pairs.Exists(q => string.Equals(q.Name, p.Name, StringComparison.OrdinalIgnoreCase))))
        {
            if (parameter.Required || random.Next(3) == 0)
            {
                pairs.Add((parameter.Name, Escape(pool.For(parameter.Name, parameter.Schema, random, token))));
            }
        }

        if (pairs.Count > 0)
        {
            target.Append('?').AppendJoin('&', pairs.Select(pair => pair.Value is null ? Escape(pair.Name) : $"{Escape(pair.Name)}={pair.Value}"));
        }

        BodyVariant? sent = body ?? (operation.TakesBody ? GoodBody(operation, random, token) : null);
        bool blank = path?.Values.Select(Uri.UnescapeDataString).Any(segment => segment.Length > 0 && segment.Trim().Length == 0) == true;
        return new FuzzRequest(operation, target.ToString(), token, mutation, sent?.Bytes, sent?.ContentType, blank);
    }

    private BodyVariant GoodBody(ApiOperation operation, Random random, TokenChoice token)
    {
        JsonNode? sample = Sample(operation, random, token);
        return operation.RequestBody?.TakesForm == true
            ? new BodyVariant("the sample", BodyMutations.Form(sample), "application/x-www-form-urlencoded")
            : new BodyVariant("the sample", Encoding.UTF8.GetBytes(sample?.ToJsonString() ?? "{}"), "application/json");
    }

    private JsonNode? Sample(ApiOperation operation, Random random, TokenChoice? token = null) =>
        operation.RequestBody?.Schema is JsonElement schema ? samples.Sample(schema, random, token) : null;

    /// <summary>Credentials the operation's API takes: a seed app's token, or for an API of agents an agent's.</summary>
    private TokenChoice GoodToken(ApiOperation operation, Random random)
    {
        bool byAgent = EnvelopeRules.For(operation.PathTemplate).ByAgent;
        List<TokenChoice> good = tokens.Where(token => byAgent ? token.AgentUserName is not null : token.ClientId is not null).ToList();
        return good.Count == 0 ? TokenChoice.None : good[random.Next(good.Count)];
    }
}
