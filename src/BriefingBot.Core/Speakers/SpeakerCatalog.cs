using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefingBot.Core.Speakers;

/// <summary>Reads the shipped list of known speakers (config/speakers.json).</summary>
public static class SpeakerCatalog
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static IReadOnlyList<Speaker> Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    public static IReadOnlyList<Speaker> Read(Stream json, string name)
    {
        try
        {
            var file = JsonSerializer.Deserialize<CatalogFile>(json, Options);
            return file?.Speakers?.Where(s => !string.IsNullOrWhiteSpace(s.Name)).ToList() ?? [];
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{name} is not a valid speaker list: {e.Message}", e);
        }
    }

    private sealed class CatalogFile
    {
        public List<Speaker>? Speakers { get; set; }
    }
}
