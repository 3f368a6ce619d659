using BriefingBot.Core.Articles;

namespace BriefingBot.Bench.Engines;

/// <summary>A stored quote with the citation details a baseline keeps beside it, so its answer needs no second lookup.</summary>
internal sealed record BaselineQuote(Quote Quote, string Title, string? Outlet, string? Url, DateTimeOffset? PublishedAt);

/// <summary>What a baseline is asked: the speakers to filter on (null: anyone; empty: nobody known) and the weighted topic terms.</summary>
internal sealed record BaselineQuery(IReadOnlyList<int>? SpeakerIds, IReadOnlyList<(string Term, double Weight)> Terms);

/// <summary>A search engine measured beside ours.</summary>
internal interface IBaseline : IDisposable
{
    string Name { get; }

    /// <summary>The ids of the best quotes, best first, with their stored text and citation loaded as an answer would show them.</summary>
    IReadOnlyList<int> Answer(BaselineQuery query, int top);
}
