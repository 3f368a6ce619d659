using BriefingBot.Core.Answers;
using BriefingBot.Core.Curation;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Ingestion;
using BriefingBot.Core.Ingestion.Fetching;
using BriefingBot.Core.Library;
using BriefingBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BriefingBot.Cli;

/// <summary>One CLI command's services: the opened library and what works on it.</summary>
public sealed class CliSession : IDisposable
{
    private readonly IServiceProvider _services;

    // The host this session opened and closes; null for a session over a running serve's services, which stay open.
    private readonly IHost? _host;

    private CliSession(IServiceProvider services, IHost? host)
    {
        _services = services;
        _host = host;
    }

    public BriefingLibrary Library => _services.GetRequiredService<BriefingLibrary>();

    public ArticleIngestor Ingestor => _services.GetRequiredService<ArticleIngestor>();

    public IQuoteExtractor Extractor => _services.GetRequiredService<IQuoteExtractor>();

    public AnswerComposer Answers => _services.GetRequiredService<AnswerComposer>();

    /// <summary>The moderators' desk: previews, corrections and the audit log, as chat's moderators use them.</summary>
    public CurationDesk Desk => _services.GetRequiredService<CurationDesk>();

    /// <summary>The guarded link fetcher /add LINK uses, when the host registers one.</summary>
    public IArticleFetcher? ArticleFetcher => _services.GetService<IArticleFetcher>();

    /// <summary>A session on the library a running serve holds open (a command forwarded to it); disposing it closes nothing.</summary>
    public static CliSession Over(IServiceProvider servingServices) => new(servingServices, host: null);

    /// <summary>The answer settings the composer runs with (its limits, to check options against).</summary>
    public AnswerOptions AnswerOptions => _services.GetRequiredService<IOptions<AnswerOptions>>().Value;

    /// <summary>Opens the store; loads the sample pack into an empty one unless the command brings its own data.</summary>
    public static CliSession Open(string? storePath, bool loadSample, LaunchEnvironment environment)
    {
        var host = BriefingHostBuilder.Create(storePath, environment).Build();
        try
        {
            var session = new CliSession(host.Services, host);
            var options = host.Services.GetRequiredService<IOptions<LibraryOptions>>().Value;
            var library = session.Library;
            if (loadSample && options.LoadSampleData)
            {
                host.Services.GetRequiredService<SamplePack>()
                    .LoadIfEmpty(library, LibraryOptions.ResolveShipped(options.SamplePackPath));
            }

            return session;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    public void Dispose() => _host?.Dispose();
}
