namespace BriefingBot.Discord.Rest;

/// <summary>
/// A request's rate-limit identity: the route template ("PATCH /webhooks/{id}/{token}/messages/@original"), which holds
/// no id and no token and so may be logged, and its top-level resource ("webhooks/123/abc"), which holds an interaction's
/// token and must never be: channels, guilds and webhooks (with token) are limited separately per resource.
/// </summary>
public sealed record RestRoute(string Template, string Major)
{
    private static readonly HashSet<string> MajorResources = new(StringComparer.Ordinal) { "channels", "guilds", "webhooks", "interactions" };

    /// <summary>True for a resource named by an interaction's token (webhooks, interactions): its buckets end with the token's life.</summary>
    public bool IsInteraction => Major.StartsWith("webhooks/", StringComparison.Ordinal) || Major.StartsWith("interactions/", StringComparison.Ordinal);

    public static RestRoute From(HttpMethod method, string path)
    {
        var segments = path.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var start = Array.FindIndex(segments, s => s.StartsWith('v') && s.Length > 1 && s[1..].All(char.IsAsciiDigit));
        segments = segments[(start + 1)..];
        var template = new List<string>(segments.Length);
        var major = "";
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (i == 0 && MajorResources.Contains(segment) && segments.Length > 1)
            {
                // webhooks/{id}/{token} and interactions/{id}/{token}: both parts identify the resource.
                var parts = segment is "webhooks" or "interactions" && segments.Length > 2 ? 3 : 2;
                major = string.Join('/', segments.Take(parts));
                // The token never enters the template, nor an interaction's id (each would make a template of its own).
                template.Add(segment);
                template.Add(segment == "interactions" ? "{id}" : segments[1]);
                if (parts == 3)
                {
                    template.Add("{token}");
                }

                i = parts - 1;
                continue;
            }

            template.Add(segment.All(char.IsAsciiDigit) ? "{id}" : segment);
        }

        return new RestRoute($"{method.Method} /{string.Join('/', template)}", major);
    }
}
