using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Ingestion.Fetching;

/// <summary>
/// Fetches linked articles without letting a link reach the host's own network: only http and https, only public
/// addresses (checked on the address the socket actually connects to, so DNS cannot smuggle in 127.0.0.1), redirects
/// followed here one at a time and each checked again, and bounded in size, time and media type.
/// </summary>
public sealed partial class GuardedArticleFetcher : IArticleFetcher, IDisposable
{
    /// <summary>The user agent every fetch sends, so a site's owner can tell who is asking.</summary>
    public const string UserAgent = "BriefingBot/1.0 (self-hosted news quote bot; fetches pages moderators link)";

    private static readonly HashSet<string> AcceptedTypes = new(StringComparer.OrdinalIgnoreCase) { "text/html", "text/plain" };

    private readonly FetchOptions _options;
    private readonly IHostAddressResolver _resolver;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly HttpClient _http;

    public GuardedArticleFetcher(IOptions<FetchOptions> options, IHostAddressResolver resolver, TimeProvider time, ILogger<GuardedArticleFetcher>? logger = null)
    {
        _options = options.Value;
        _resolver = resolver;
        _time = time;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        var handler = new SocketsHttpHandler
        {
            // A proxy would connect on our behalf to addresses we never checked.
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectCallback = ConnectCheckedAsync,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        _http.DefaultRequestHeaders.Accept.ParseAdd("text/html, text/plain;q=0.9");
    }

    public async Task<FetchedDocument> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var deadline = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await FollowAsync(url, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw Refuse(url, "timeout", $"The page did not arrive within {_options.Timeout.TotalSeconds:0.#} seconds.");
        }
        catch (HttpRequestException e) when (FindRefusal(e) is { } refusal)
        {
            LogRefused(url.Host, refusal.Rule);
            throw refusal;
        }
        catch (HttpRequestException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw Refuse(url, "unreachable", $"Could not reach {Bounded(url.Host)}: {ShortReason(e)}.");
        }
        catch (IOException) when (!cancellationToken.IsCancellationRequested)
        {
            throw Refuse(url, "unreachable", $"The connection to {Bounded(url.Host)} broke off before the page arrived.");
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<FetchedDocument> FollowAsync(Uri url, CancellationToken cancellationToken)
    {
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            CheckTarget(current);
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
            {
                if (redirects >= _options.MaxRedirects)
                {
                    throw Refuse(url, "too-many-redirects", $"The link redirected more than {_options.MaxRedirects} times.");
                }

                current = location.IsAbsoluteUri ? location : new Uri(current, location);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                var code = (int)response.StatusCode;
                throw Refuse(url, "http-status", $"The page answered {code}{(response.ReasonPhrase is { Length: > 0 and < 60 } p ? " " + p : "")}.");
            }

            var type = response.Content.Headers.ContentType;
            if (type?.MediaType is not { } mediaType || !AcceptedTypes.Contains(mediaType))
            {
                throw Refuse(url, "content-type", type?.MediaType is { } other
                    ? $"The link serves {Bounded(other)}, not a web page or plain text."
                    : "The link does not say what it serves; only web pages and plain text are read.");
            }

            if (response.Content.Headers.ContentLength > _options.MaxBytes)
            {
                throw TooLarge(url);
            }

            var body = await ReadBoundedAsync(response.Content, url, cancellationToken).ConfigureAwait(false);
            return new FetchedDocument(current, mediaType.ToLowerInvariant(), type.CharSet?.Trim('"'), body);
        }
    }

    private void CheckTarget(Uri target)
    {
        if (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps)
        {
            throw Refuse(target, "scheme", "Only http and https links are fetched.");
        }

        // A literal address is judged before any connection is attempted; names are judged once resolved, in ConnectCheckedAsync.
        if (IPAddress.TryParse(target.IdnHost, out var literal) && !PublicAddress.IsAllowed(literal, _options.AllowLoopback))
        {
            throw Refuse(target, "private-address", PrivateMessage(target.Host));
        }
    }

    private async ValueTask<Stream> ConnectCheckedAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal]
            : await _resolver.ResolveAsync(host, cancellationToken).ConfigureAwait(false);
        var allowed = addresses.Where(a => PublicAddress.IsAllowed(a, _options.AllowLoopback)).ToList();
        if (allowed.Count == 0)
        {
            throw addresses.Length == 0
                ? new FetchRefusedException("unreachable", $"Could not find {Bounded(host)}.")
                : new FetchRefusedException("private-address", PrivateMessage(host));
        }

        SocketException? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                // Connect to the address just checked, never to the name again: a second lookup could answer differently.
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }

    private async Task<byte[]> ReadBoundedAsync(HttpContent content, Uri url, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _options.MaxBytes)
            {
                throw TooLarge(url);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private FetchRefusedException TooLarge(Uri url) =>
        Refuse(url, "too-large", $"The page is larger than {_options.MaxBytes / (1024.0 * 1024.0):0.#} MB.");

    private FetchRefusedException Refuse(Uri url, string rule, string message)
    {
        LogRefused(url.Host, rule);
        return new FetchRefusedException(rule, message);
    }

    private static string PrivateMessage(string host) =>
        $"{Bounded(host)} is not a public internet address; links to private, local or reserved addresses are not fetched.";

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;

    private static FetchRefusedException? FindRefusal(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is FetchRefusedException refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    private static string ShortReason(HttpRequestException e) => e.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => "the name does not resolve",
        HttpRequestError.ConnectionError => "the connection failed",
        HttpRequestError.SecureConnectionError => "the secure connection failed",
        _ => "the request failed",
    };

    // Host names and media types come from the link or the remote server; keep them short in replies.
    private static string Bounded(string text) => text.Length <= 80 ? text : text[..80] + "…";

    // Only the host and the rule: URLs may carry tokens in their query.
    [LoggerMessage(Level = LogLevel.Information, Message = "Link to {Host} not fetched: {Rule}")]
    private partial void LogRefused(string host, string rule);
}
