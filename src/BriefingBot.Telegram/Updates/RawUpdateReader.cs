using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Update = global::Telegram.Bot.Types.Update;

namespace BriefingBot.Telegram.Updates;

/// <summary>
/// Reads a batch of updates one by one when the client cannot read it whole (an update it does not understand), so
/// the readable ones are handled and only the unreadable one is skipped, instead of the bot stalling on the batch.
/// </summary>
public sealed class RawUpdateReader(TelegramHttp http, TelegramOptions options, ILogger<RawUpdateReader> logger)
{
    /// <summary>The batch from <paramref name="offset"/>, each update with its id and, if it could be read, the update.</summary>
    public async Task<IReadOnlyList<(int Id, Update? Update)>> ReadAsync(int? offset, CancellationToken cancellationToken)
    {
        var url = $"{options.BaseUrl.TrimEnd('/')}/bot{options.Token}/getUpdates";
        using var response = await http.Client.PostAsJsonAsync(url, new { offset, limit = 100, timeout = 0 }, cancellationToken).ConfigureAwait(false);
        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!document.RootElement.TryGetProperty("result", out var result) || result.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var batch = new List<(int, Update?)>();
        foreach (var element in result.EnumerateArray())
        {
            if (!element.TryGetProperty("update_id", out var idElement) || !idElement.TryGetInt32(out var id))
            {
                continue;
            }

            Update? update = null;
            try
            {
                update = element.Deserialize<Update>(JsonBotAPI.Options);
            }
            catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or FormatException)
            {
                logger.LogWarning("Skipped Telegram update {UpdateId}: it could not be read ({Reason})", id, e.Message);
            }

            batch.Add((id, update));
        }

        return batch;
    }
}
