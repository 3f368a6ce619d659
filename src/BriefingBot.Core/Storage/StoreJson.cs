using System.Text.Json;
using System.Text.Json.Serialization;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Storage;

/// <summary>The export file's shape and JSON settings (camelCase, indented, enums as strings).</summary>
internal static class StoreJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>An export document as read back for import; nullable so missing parts are reported, not defaulted silently.</summary>
    public sealed class Document
    {
        public int? SchemaVersion { get; set; }

        public DateTimeOffset? ExportedAt { get; set; }

        public List<Article?>? Articles { get; set; }

        public List<Quote?>? Quotes { get; set; }

        public List<Speaker?>? Speakers { get; set; }
    }
}
