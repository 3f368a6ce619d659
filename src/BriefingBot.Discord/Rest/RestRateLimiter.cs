using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Discord.Rest;

/// <summary>
/// Discord's REST rate limits as an HTTP handler: requests in one bucket go one at a time and wait out a spent bucket
/// (X-RateLimit-Remaining 0 until X-RateLimit-Reset-After); a 429 is waited out for its retry_after and retried; a
/// global 429 pauses every request. All waits run on the injected <see cref="TimeProvider"/>, never fixed sleeps. The
/// buckets of an interaction's routes (named by its token) are dropped once the token has expired, so they do not pile up.
/// </summary>
public sealed class RestRateLimiter : DelegatingHandler
{
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _globalGate = new();
    private DateTimeOffset _globalUntil = DateTimeOffset.MinValue;
    private DateTimeOffset _nextPrune = DateTimeOffset.MinValue;

    /// <summary>How long an interaction's token is valid (Discord: 15 minutes); its buckets are dropped after that.</summary>
    public static readonly TimeSpan InteractionLifetime = TimeSpan.FromMinutes(15);

    public RestRateLimiter(TimeProvider time, ILogger<RestRateLimiter>? logger = null)
    {
        _time = time;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>How many times one request is retried after 429 before the 429 is returned to the caller.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>Raised before every wait.</summary>
    public event Action<RateLimitWait>? Waiting;

    /// <summary>How many buckets are kept (for checking that finished interactions' buckets go).</summary>
    internal int BucketCount => _buckets.Count;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var route = RestRoute.From(request.Method, request.RequestUri?.AbsolutePath ?? "/");
        PruneExpired();
        if (request.Content is not null)
        {
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }

        for (var attempt = 0; ; attempt++)
        {
            var bucket = BucketFor(route);
            await bucket.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            HttpResponseMessage response;
            try
            {
                await WaitGlobalAsync(route, cancellationToken).ConfigureAwait(false);
                var now = _time.GetUtcNow();
                if (bucket.Remaining <= 0 && bucket.ResetAt > now)
                {
                    var reason = bucket.RouteLimited ? RateLimitReason.RouteLimited : RateLimitReason.BucketExhausted;
                    await DelayAsync(route, reason, bucket.ResetAt - now, cancellationToken).ConfigureAwait(false);
                }

                bucket.LastUsed = _time.GetUtcNow();
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
                Update(route, bucket, response);
            }
            finally
            {
                bucket.Gate.Release();
            }

            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt >= MaxRetries)
            {
                return response;
            }

            var (retryAfter, global) = await ReadLimitAsync(response, cancellationToken).ConfigureAwait(false);
            response.Dispose();
            _logger.LogWarning("Discord rate limit on {Route} ({Scope}): retrying after {RetryAfter}", route.Template, global ? "global" : "route", retryAfter);
            if (global)
            {
                lock (_globalGate)
                {
                    var until = _time.GetUtcNow() + retryAfter;
                    _globalUntil = until > _globalUntil ? until : _globalUntil;
                }
            }
            else
            {
                var limited = BucketFor(route);
                limited.Remaining = 0;
                limited.ResetAt = _time.GetUtcNow() + retryAfter;
                limited.RouteLimited = true;
            }
        }
    }

    private Bucket BucketFor(RestRoute route)
    {
        var id = _bucketOfRoute.TryGetValue(route.Template, out var hash) ? hash : route.Template;
        return _buckets.GetOrAdd(id + "|" + route.Major, _ => new Bucket { LastUsed = _time.GetUtcNow(), OfInteraction = route.IsInteraction });
    }

    // At most once a minute: drops the buckets of interactions whose token has expired (nothing can use them again).
    private void PruneExpired()
    {
        var now = _time.GetUtcNow();
        if (now < _nextPrune)
        {
            return;
        }

        _nextPrune = now + TimeSpan.FromMinutes(1);
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.OfInteraction && bucket.LastUsed + InteractionLifetime < now && bucket.Gate.CurrentCount == 1)
            {
                _buckets.TryRemove(key, out _);
            }
        }
    }

    private async Task WaitGlobalAsync(RestRoute route, CancellationToken cancellationToken)
    {
        while (true)
        {
            DateTimeOffset until;
            lock (_globalGate)
            {
                until = _globalUntil;
            }

            var now = _time.GetUtcNow();
            if (until <= now)
            {
                return;
            }

            await DelayAsync(route, RateLimitReason.GlobalLimited, until - now, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task DelayAsync(RestRoute route, RateLimitReason reason, TimeSpan delay, CancellationToken cancellationToken)
    {
        var wait = Task.Delay(delay, _time, cancellationToken);
        Waiting?.Invoke(new RateLimitWait(route.Template, reason, delay));
        return wait;
    }

    private void Update(RestRoute route, Bucket bucket, HttpResponseMessage response)
    {
        var headers = response.Headers;
        if (Header(headers, "X-RateLimit-Bucket") is { } hash && !_bucketOfRoute.ContainsKey(route.Template))
        {
            // From now on this route shares the bucket Discord named; carry over what we learnt.
            _bucketOfRoute[route.Template] = hash;
            _buckets.TryAdd(hash + "|" + route.Major, bucket);
        }

        if (Number(Header(headers, "X-RateLimit-Remaining")) is { } remaining)
        {
            bucket.Remaining = (int)remaining;
        }

        if (Number(Header(headers, "X-RateLimit-Reset-After")) is { } resetAfter)
        {
            bucket.ResetAt = _time.GetUtcNow() + TimeSpan.FromSeconds(resetAfter);
        }
        else if (bucket.RouteLimited && response.StatusCode != HttpStatusCode.TooManyRequests)
        {
            bucket.Remaining = 1;
        }

        bucket.RouteLimited = false;
    }

    private static async Task<(TimeSpan RetryAfter, bool Global)> ReadLimitAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        double? seconds = null;
        var global = string.Equals(Header(response.Headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase)
                     || string.Equals(Header(response.Headers, "X-RateLimit-Scope"), "global", StringComparison.OrdinalIgnoreCase);
        try
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.TryGetProperty("retry_after", out var retry) && retry.TryGetDouble(out var value))
            {
                seconds = value;
            }

            if (json.RootElement.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True)
            {
                global = true;
            }
        }
        catch (JsonException)
        {
            // Fall back to the Retry-After header below.
        }

        seconds ??= Number(Header(response.Headers, "Retry-After")) ?? 1;
        return (TimeSpan.FromSeconds(Math.Clamp(seconds.Value, 0, 3600)), global);
    }

    private static string? Header(System.Net.Http.Headers.HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;

    private sealed class Bucket
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Remaining { get; set; } = 1;

        public DateTimeOffset ResetAt { get; set; } = DateTimeOffset.MinValue;

        public bool RouteLimited { get; set; }

        /// <summary>The bucket of a route named by an interaction's token.</summary>
        public bool OfInteraction { get; init; }

        public DateTimeOffset LastUsed { get; set; }
    }
}
