using BriefingBot.Core.Answers;
using BriefingBot.Core.Curation;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Ingestion;
using BriefingBot.Core.Library;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core;

/// <summary>Registers the briefing engine: library (store, indexes, speakers), ingestion, extraction and answers.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LibraryOptions>()
            .Bind(configuration.GetSection(LibraryOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.StorePath), $"{LibraryOptions.Section}:StorePath must name the store file (or pass --db PATH).")
            .ValidateOnStart();
        services.AddOptions<AnswerOptions>()
            .Bind(configuration.GetSection(AnswerOptions.Section))
            .Validate(o => o.MaxQuestionLength is >= 10 and <= 4000, $"{AnswerOptions.Section}:MaxQuestionLength must be between 10 and 4000.")
            .Validate(o => o.DefaultLimit >= 1 && o.MaxLimit >= o.DefaultLimit, $"{AnswerOptions.Section}:DefaultLimit must be at least 1 and at most MaxLimit.")
            .Validate(o => o.NameSimilarity is > 0.5 and <= 1.0, $"{AnswerOptions.Section}:NameSimilarity must be between 0.5 and 1.")
            .ValidateOnStart();
        services.AddOptions<IngestionOptions>()
            .Bind(configuration.GetSection(IngestionOptions.Section))
            .Validate(o => o.MaxArticleBytes > 0, $"{IngestionOptions.Section}:MaxArticleBytes must be positive.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => BriefingLibrary.Open(
            sp.GetRequiredService<IOptions<LibraryOptions>>().Value, sp.GetService<Microsoft.Extensions.Logging.ILogger<BriefingLibrary>>()));
        services.AddSingleton(sp => new ArticleReader(sp.GetRequiredService<IOptions<IngestionOptions>>().Value));
        services.AddSingleton<IQuoteExtractor, QuoteExtractor>();
        services.AddMetrics();
        services.TryAddSingleton<IngestMetrics>();
        services.AddSingleton<ArticleIngestor>();
        services.AddSingleton(sp => new AnswerComposer(
            sp.GetRequiredService<BriefingLibrary>(), sp.GetRequiredService<IOptions<AnswerOptions>>().Value));
        services.AddSingleton<SamplePack>();
        services.AddBriefingCuration(configuration);
        return services;
    }
}
