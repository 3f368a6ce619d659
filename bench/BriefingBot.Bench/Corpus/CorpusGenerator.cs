using System.Globalization;
using System.Text;
using BriefingBot.Core.Articles;

namespace BriefingBot.Bench.Corpus;

/// <summary>One generated speaker: an invented name, a role and an outfit.</summary>
internal sealed record GeneratedSpeaker(int Number, string FirstName, string Surname, string Role)
{
    public string Name => FirstName + " " + Surname;
}

/// <summary>A quote as the generator wrote it (what extraction should find).</summary>
internal sealed record GeneratedQuote(string Text, int Speaker, string Context, int Start);

/// <summary>A generated article: its text as a file would hold it, and what it is made of.</summary>
internal sealed record GeneratedArticle(int Number, string Title, string Body, string Url, string Outlet, DateTimeOffset PublishedAt, IReadOnlyList<GeneratedQuote> Quotes)
{
    /// <summary>The article as a plain-text file: title, byline, source line, body.</summary>
    public string FileText => $"{Title}\n\nBy {Outlet} staff\nSource: {Url}\n\n{Body}\n";
}

/// <summary>
/// Deterministic synthetic news: article <c>n</c> of seed <c>s</c> is always the same text, so a run can generate articles lazily
/// and in any order. Speakers and topics are drawn with Zipf laws; articles hold 5 to 11 quotes (8 on average).
/// </summary>
internal sealed class CorpusGenerator
{
    public const int SpeakerCount = 2000;
    public const int MinQuotes = 5;
    public const int MaxQuotes = 11;

    private static readonly DateTimeOffset Epoch = new(2023, 1, 2, 6, 0, 0, TimeSpan.Zero);

    private readonly int _seed;

    public CorpusGenerator(int seed)
    {
        _seed = seed;
        Speakers = MakeSpeakers(seed);
        SpeakerZipf = new Zipf(SpeakerCount, 1.0);
        TopicZipf = new Zipf(WordLists.Topics.Length, 0.9);
    }

    public IReadOnlyList<GeneratedSpeaker> Speakers { get; }

    public Zipf SpeakerZipf { get; }

    public Zipf TopicZipf { get; }

    /// <summary>Articles needed for about <paramref name="quotes"/> quotes (8 per article on average).</summary>
    public static int ArticlesFor(int quotes) => Math.Max(1, (int)Math.Round(quotes / ((MinQuotes + MaxQuotes) / 2.0)));

    public GeneratedArticle Article(int number)
    {
        var random = new Random(unchecked((_seed * 1_000_003) + number));
        var topic = WordLists.Topics[TopicZipf.Next(random)];
        var second = WordLists.Topics[TopicZipf.Next(random)];
        var outlet = WordLists.Outlets[random.Next(WordLists.Outlets.Length)];
        var published = Epoch.AddMinutes(number * 7L);
        var cast = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => SpeakerZipf.Next(random)).Distinct().ToList();
        var title = $"{Capitalise(WordLists.Adjectives[random.Next(WordLists.Adjectives.Length)])} row over {topic} and {second}";
        var lead = $"Officials in the capital argued on {published:dddd} about {topic}, with {second} also on the agenda.";

        var body = new StringBuilder(lead);
        var quotes = new List<GeneratedQuote>();
        var introduced = new HashSet<int>();
        var count = random.Next(MinQuotes, MaxQuotes + 1);
        for (var i = 0; i < count; i++)
        {
            var speaker = Speakers[cast[random.Next(cast.Count)]];
            var text = QuoteText(random, topic, second);
            var (paragraph, offset) = Paragraph(random, speaker, text, introduced.Add(speaker.Number));
            body.Append("\n\n");
            quotes.Add(new GeneratedQuote(text, speaker.Number, paragraph, body.Length + offset));
            body.Append(paragraph);
        }

        var slug = $"{topic}-{second}-{number}";
        var url = string.Create(CultureInfo.InvariantCulture, $"https://{Host(outlet)}/{published:yyyy/MM/dd}/{slug}");
        return new GeneratedArticle(number, title, body.ToString(), url, outlet, published, quotes);
    }

    /// <summary>The article's quotes as the store holds them (for the bulk import path).</summary>
    public static List<Quote> StoredQuotes(GeneratedArticle article, int articleId, Func<int, int> speakerId, IReadOnlyList<GeneratedSpeaker> speakers)
    {
        var background = article.Title + " " + article.Body[..article.Body.IndexOf("\n\n", StringComparison.Ordinal)];
        return article.Quotes.Select(q => new Quote
        {
            ArticleId = articleId,
            Text = q.Text,
            Start = q.Start,
            Length = q.Text.Length,
            Kind = QuoteKind.Full,
            SpeakerId = speakerId(q.Speaker),
            Speaker = speakers[q.Speaker].Name,
            SpeakerRole = speakers[q.Speaker].Role,
            Attribution = AttributionKind.Explicit,
            Confidence = 0.9,
            Context = q.Context,
            Background = background,
        }).ToList();
    }

    private static string QuoteText(Random random, string topic, string second)
    {
        var roll = random.NextDouble();
        var about = roll < 0.6 ? topic : roll < 0.8 ? second : WordLists.Topics[random.Next(WordLists.Topics.Length)];
        var text = $"{Pick(random, WordLists.Subjects)} {Pick(random, WordLists.Modals)} {Pick(random, WordLists.Verbs)} the "
            + $"{Pick(random, WordLists.Adjectives)} {about}";
        if (random.NextDouble() < 0.4)
        {
            text += $" and the {Pick(random, WordLists.Adjectives)} {WordLists.Topics[random.Next(WordLists.Topics.Length)]}";
        }

        return text + " " + Pick(random, WordLists.Endings);
    }

    // The paragraph holding a quote, and where the quote starts in it.
    private static (string Paragraph, int Offset) Paragraph(Random random, GeneratedSpeaker speaker, string text, bool firstMention)
    {
        if (firstMention)
        {
            return random.Next(2) == 0
                ? ($"\"{text},\" said {speaker.Name}, the {speaker.Role}.", 1)
                : ($"{speaker.Name}, the {speaker.Role}, said: \"{text}.\"", speaker.Name.Length + speaker.Role.Length + 15);
        }

        return ($"\"{text},\" {speaker.Surname} {Pick(random, WordLists.CueVerbs)}.", 1);
    }

    private static List<GeneratedSpeaker> MakeSpeakers(int seed)
    {
        var random = new Random(seed);
        var surnames = (from head in WordLists.SurnameHeads
                        from middle in WordLists.SurnameMiddles
                        from tail in WordLists.SurnameTails
                        select head + middle + tail).ToList();

        // A seeded shuffle, so which names are frequent depends on the seed only.
        for (var i = surnames.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (surnames[i], surnames[j]) = (surnames[j], surnames[i]);
        }

        return surnames.Take(SpeakerCount)
            .Select((surname, i) => new GeneratedSpeaker(i, Pick(random, WordLists.FirstNames), surname, Pick(random, WordLists.Roles)))
            .ToList();
    }

    private static string Host(string outlet) => outlet.ToLowerInvariant().Replace(' ', '-') + ".example";

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    internal static string Pick(Random random, string[] words) => words[random.Next(words.Length)];
}

/// <summary>Draws ranks 0..n-1 with probability proportional to 1/(rank+1)^s.</summary>
internal sealed class Zipf
{
    private readonly double[] _cumulative;

    public Zipf(int n, double s)
    {
        _cumulative = new double[n];
        double total = 0;
        for (var i = 0; i < n; i++)
        {
            total += 1.0 / Math.Pow(i + 1, s);
            _cumulative[i] = total;
        }

        for (var i = 0; i < n; i++)
        {
            _cumulative[i] /= total;
        }
    }

    public int Next(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }
}
