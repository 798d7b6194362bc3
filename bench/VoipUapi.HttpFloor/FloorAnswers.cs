namespace VoipUapi.HttpFloor;

/// <summary>Answers of the UnifiedAPI's shape, built per request as a real action would, from no state at all.</summary>
public static class FloorAnswers
{
    private const string CallId = "5dc2a53b80a8f1d5c9e0";

    public static object Created(string userId, FloorCallPayload payload) => new[]
    {
        new { id = CallId, extension = payload.Extension, link = new { self = $"/uapi/phoneCalls/{userId}/{payload.Extension}/{CallId}" } },
    };

    public static object Listed(string userId, string extension) => new
    {
        startIndex = 0,
        itemsPerPage = 1,
        totalResults = 1,
        entry = new[] { new { id = CallId, extension, link = new { self = $"/uapi/phoneCalls/{userId}/{extension}/{CallId}" } } },
    };
}
