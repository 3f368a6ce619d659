using System.Net.Sockets;
using Telegram.Bot.Exceptions;

namespace BriefingBot.Telegram.Sending;

/// <summary>Waits between retries of a failed call: 1 s, 2 s, 4 s … up to a cap; and which failures are worth retrying.</summary>
public static class Backoff
{
    public static TimeSpan Delay(int attempt, TimeSpan max)
    {
        var seconds = Math.Pow(2, Math.Clamp(attempt - 1, 0, 16));
        return TimeSpan.FromSeconds(Math.Min(seconds, max.TotalSeconds));
    }

    /// <summary>Network failures, timeouts and server-side (5xx) errors pass; a request Telegram refused does not.</summary>
    public static bool IsTransient(Exception e, CancellationToken cancellationToken) => e switch
    {
        ApiRequestException api => api.ErrorCode >= 500 || api.ErrorCode == 429,
        RequestException request => request.HttpStatusCode is null || (int)request.HttpStatusCode >= 500 || (int)request.HttpStatusCode == 429,
        HttpRequestException or IOException or SocketException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>The wait Telegram asks for in a 429 (retry_after), if this is one.</summary>
    public static TimeSpan? RetryAfter(Exception e) =>
        e is ApiRequestException { ErrorCode: 429 } api ? TimeSpan.FromSeconds(Math.Max(1, api.Parameters?.RetryAfter ?? 1)) : null;
}
