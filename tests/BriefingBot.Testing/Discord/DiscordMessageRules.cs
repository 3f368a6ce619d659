using System.Text.Json;

namespace BriefingBot.Testing.Discord;

/// <summary>
/// Discord's documented limits on a message body, checked the way Discord's API checks them (the fake answers 400 when
/// any is broken): content 2,000; at most 10 embeds; title 256, description 4,096, 25 fields, field name 256 and value
/// 1,024, footer 2,048, author 256, 6,000 in all; button labels 80 and custom_ids 1–100; at most 5 rows of 5.
/// </summary>
public static class DiscordMessageRules
{
    public static IReadOnlyList<string> Check(JsonElement message)
    {
        var problems = new List<string>();
        if (message.ValueKind != JsonValueKind.Object)
        {
            return ["the body is not an object"];
        }

        Max(problems, message, "content", 2000);
        if (message.TryGetProperty("embeds", out var embeds) && embeds.ValueKind == JsonValueKind.Array)
        {
            if (embeds.GetArrayLength() > 10)
            {
                problems.Add("more than 10 embeds");
            }

            var total = 0;
            foreach (var embed in embeds.EnumerateArray())
            {
                total += Max(problems, embed, "title", 256) + Max(problems, embed, "description", 4096);
                if (embed.TryGetProperty("footer", out var footer))
                {
                    total += Max(problems, footer, "text", 2048);
                }

                if (embed.TryGetProperty("author", out var author))
                {
                    total += Max(problems, author, "name", 256);
                }

                if (embed.TryGetProperty("fields", out var fields))
                {
                    if (fields.GetArrayLength() > 25)
                    {
                        problems.Add("more than 25 fields");
                    }

                    foreach (var field in fields.EnumerateArray())
                    {
                        var name = Max(problems, field, "name", 256);
                        var value = Max(problems, field, "value", 1024);
                        if (name == 0 || value == 0)
                        {
                            problems.Add("an empty field name or value");
                        }

                        total += name + value;
                    }
                }
            }

            if (total > 6000)
            {
                problems.Add($"embeds hold {total} characters, over 6000");
            }
        }

        if (message.TryGetProperty("components", out var rows))
        {
            if (rows.GetArrayLength() > 5)
            {
                problems.Add("more than 5 action rows");
            }

            foreach (var row in rows.EnumerateArray())
            {
                var buttons = row.GetProperty("components");
                if (buttons.GetArrayLength() is 0 or > 5)
                {
                    problems.Add("an action row needs 1 to 5 buttons");
                }

                foreach (var button in buttons.EnumerateArray())
                {
                    Max(problems, button, "label", 80);
                    if (button.TryGetProperty("custom_id", out var id) && id.GetString()!.Length is 0 or > 100)
                    {
                        problems.Add("custom_id must be 1 to 100 characters");
                    }
                }
            }
        }

        return problems;
    }

    private static int Max(List<string> problems, JsonElement parent, string name, int max)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return 0;
        }

        var length = value.GetString()!.Trim().Length;
        if (length > max)
        {
            problems.Add($"{name} has {length} characters, over {max}");
        }

        return length;
    }
}
