using VoipUapi.Api.Uapi.Extensions;
using VoipUapi.Api.Uapi.Listing;

namespace VoipUapi.Api.Uapi.Validation;

public sealed class QueueAgentsQueryValidator() : StandardListQueryValidator<QueueAgentsQuery>(QueueAgentsQuery.Shape);
