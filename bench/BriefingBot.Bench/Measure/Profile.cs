using System.Diagnostics;
using BriefingBot.Bench.Corpus;
using BriefingBot.Core.Answers;
using BriefingBot.Core.Articles;
using BriefingBot.Core.Extraction;
using BriefingBot.Core.Ingestion;
using BriefingBot.Core.Library;
using BriefingBot.Core.Search;

namespace BriefingBot.Bench.Measure;

/// <summary>Mean and p99 of one section, in milliseconds, and what it allocates on average, in kilobytes (what drives the collector's pauses).</summary>
internal sealed record SectionTime(double Mean, double P99, int Count, double AllocatedKb);

/// <summary>
/// Stopwatch sections over the steps the engine takes, repeated outside it with its public parts: where an answer's time goes
/// (parsing, index search, article search for summaries, reading the cited quotes and articles), by question kind, and
/// where an ingest's time goes (reading and extraction, speakers, the store's transaction, the index update).
/// </summary>
internal static class Profile
{
    public static Dictionary<string, SectionTime> Answers(BriefingLibrary library, AnswerComposer composer, IReadOnlyList<BenchQuestion> questions)
    {
        var sections = new Dictionary<string, List<(double Ms, long Bytes)>>();
        foreach (var question in questions)
        {
            var kind = question.Kind.ToString();
            var parsed = Timed(sections, $"{kind}: parse question", () => composer.Parse(question.Text));
            var terms = library.Thesaurus.Expand(parsed.TopicTerms);
            HashSet<int>? speakers = parsed.AsksAboutSpeaker ? parsed.Speakers.Select(s => s.Id).ToHashSet() : null;
            var hits = Timed(sections, $"{kind}: quote index search (top 5, matches counted to 200)", () => library.Quotes.Find(terms, BaselineTop, speakers, 200).Hits);
            if (!parsed.AsksAboutSpeaker && terms.Count > 0)
            {
                Timed(sections, $"{kind}: article index search (summaries)", () => library.Articles.Search(terms, 3));
            }

            var top = hits.Take(BaselineTop).ToList();
            Timed(sections, $"{kind}: citation reads (5 quotes + their articles, in memory)", () =>
            {
                var quotes = top.Select(h => library.Citations.Quote(h.QuoteId)).OfType<QuoteCard>().ToList();
                return quotes.Select(q => library.Citations.Article(q.ArticleId)).ToList();
            });
            Timed(sections, $"{kind}: whole Ask", () => composer.Ask(question.Text));
        }

        return Summarise(sections);
    }

    public static Dictionary<string, SectionTime> Ingest(BriefingLibrary library, IEnumerable<GeneratedArticle> articles)
    {
        var sections = new Dictionary<string, List<(double Ms, long Bytes)>>();
        var reader = new ArticleReader();
        var extractor = new QuoteExtractor();
        foreach (var generated in articles)
        {
            var parsed = Timed(sections, "read article", () => reader.Read(generated.FileText, ArticleFormat.Text));
            var extraction = Timed(sections, "extract and attribute quotes", () => extractor.Extract(new ArticleText(parsed.Title, parsed.Body), library.Speakers));
            var quotes = extraction.Quotes
                .Select(f => (Quote: new Quote { Text = f.Text, Start = f.Start, Length = f.Length, Kind = f.Kind, Context = f.Context }, SpeakerName: f.Speaker))
                .ToList();
            Timed(sections, "learn and save speakers", () =>
            {
                library.AssignSpeakers(extraction.Speakers, quotes);
                return 0;
            });
            var article = new Article
            {
                Title = parsed.Title,
                Body = parsed.Body,
                Url = parsed.Url + "?profile",
                ContentHash = ArticleIngestor.ContentHash(parsed.Body + " profile"),
                IngestedAt = DateTimeOffset.UtcNow,
            };
            var saved = Timed(sections, "store: article + quotes in one transaction", () => library.Store.SaveArticle(article, quotes.Select(q => q.Quote).ToList()));
            Timed(sections, "index update", () =>
            {
                foreach (var quote in saved.Quotes)
                {
                    library.Quotes.Add(quote);
                }

                library.Articles.Add(saved.Article);
                return 0;
            });
        }

        return Summarise(sections);
    }

    private const int BaselineTop = 5;

    private static T Timed<T>(Dictionary<string, List<(double Ms, long Bytes)>> sections, string name, Func<T> work)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        var result = work();
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (!sections.TryGetValue(name, out var times))
        {
            sections[name] = times = [];
        }

        times.Add((elapsed, GC.GetAllocatedBytesForCurrentThread() - allocated));
        return result;
    }

    private static Dictionary<string, SectionTime> Summarise(Dictionary<string, List<(double Ms, long Bytes)>> sections) =>
        sections.OrderBy(s => s.Key, StringComparer.Ordinal).ToDictionary(
            s => s.Key,
            s =>
            {
                var sorted = s.Value.Select(t => t.Ms).Order().ToArray();
                return new SectionTime(sorted.Average(), sorted[Math.Clamp((int)Math.Ceiling(0.99 * sorted.Length) - 1, 0, sorted.Length - 1)], sorted.Length,
                    s.Value.Average(t => t.Bytes) / 1024.0);
            });
}
