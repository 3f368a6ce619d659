using System.Text.Json;
using BriefingBot.Bench.Corpus;
using BriefingBot.Core.Answers;
using BriefingBot.Core.Library;

namespace BriefingBot.Bench.Engines;

/// <summary>Turns each question into what the baselines are asked, using our parser so every engine answers the same thing.</summary>
internal static class BaselineQueries
{
    /// <summary>Quotes per answer (the bot's default page).</summary>
    public const int Top = 5;

    public static List<BaselineQuery> From(IReadOnlyList<BenchQuestion> questions, AnswerComposer composer, BriefingLibrary library) =>
        questions.Select(q =>
        {
            var parsed = composer.Parse(q.Text);
            IReadOnlyList<int>? speakers = parsed.AsksAboutSpeaker ? parsed.Speakers.Select(s => s.Id).ToList() : null;
            var terms = library.Thesaurus.Expand(parsed.TopicTerms).Select(t => (t.Term, t.Weight)).ToList();
            return new BaselineQuery(speakers, terms);
        }).ToList();

    public static void Write(string path, List<BaselineQuery> queries) =>
        File.WriteAllText(path, JsonSerializer.Serialize(queries.Select(q => new Stored(q.SpeakerIds?.ToList(), q.Terms.Select(t => t.Term).ToList(), q.Terms.Select(t => t.Weight).ToList()))));

    public static List<BaselineQuery> Read(string path) =>
        JsonSerializer.Deserialize<List<Stored>>(File.ReadAllText(path))!
            .Select(s => new BaselineQuery(s.Speakers, s.Terms.Zip(s.Weights).ToList()))
            .ToList();

    private sealed record Stored(List<int>? Speakers, List<string> Terms, List<double> Weights);
}
