namespace BriefingBot.Discord.Rest;

/// <summary>
/// A request's rate-limit identity: the route template ("PATCH /webhooks/{id}/{token}/messages/{id}") and its top-level
/// resource ("webhooks/123/abc"): channels, guilds and webhooks (with token) are limited separately per resource.
/// </summary>
public sealed record RestRoute(string Template, string Major)
{
    private static readonly HashSet<string> MajorResources = new(StringComparer.Ordinal) { "channels", "guilds", "webhooks", "interactions" };

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
                template.AddRange(segments.Take(parts));
                i = parts - 1;
                continue;
            }

            template.Add(segment.All(char.IsAsciiDigit) ? "{id}" : segment);
        }

        return new RestRoute($"{method.Method} /{string.Join('/', template)}", major);
    }
}
