using BriefingBot.Bench.Corpus;

namespace BriefingBot.Bench.Tests;

public sealed class CorpusGeneratorTests
{
    [Fact]
    public void The_same_seed_gives_the_same_articles_speakers_and_questions()
    {
        var first = new CorpusGenerator(42);
        var second = new CorpusGenerator(42);

        second.Speakers.ShouldBe(first.Speakers);
        foreach (var n in new[] { 0, 1, 17, 999, 123_456 })
        {
            second.Article(n).FileText.ShouldBe(first.Article(n).FileText);
        }

        QuestionGenerator.Generate(second, 200, 42).ShouldBe(QuestionGenerator.Generate(first, 200, 42));
    }

    [Fact]
    public void Another_seed_gives_another_corpus()
    {
        new CorpusGenerator(7).Article(3).FileText.ShouldNotBe(new CorpusGenerator(42).Article(3).FileText);
    }

    [Fact]
    public void Articles_hold_about_eight_quotes_from_two_thousand_distinct_speakers()
    {
        var corpus = new CorpusGenerator(42);
        corpus.Speakers.Count.ShouldBe(CorpusGenerator.SpeakerCount);
        corpus.Speakers.Select(s => s.Surname).Distinct().Count().ShouldBe(CorpusGenerator.SpeakerCount);

        var articles = Enumerable.Range(0, 500).Select(corpus.Article).ToList();
        articles.Average(a => a.Quotes.Count).ShouldBeInRange(7.5, 8.5);
        CorpusGenerator.ArticlesFor(1_000_000).ShouldBe(125_000);
    }

    [Fact]
    public void Each_quote_sits_in_the_body_where_the_article_says_it_does()
    {
        var corpus = new CorpusGenerator(42);
        foreach (var article in Enumerable.Range(0, 200).Select(corpus.Article))
        {
            foreach (var quote in article.Quotes)
            {
                article.Body.Substring(quote.Start, quote.Text.Length).ShouldBe(quote.Text);
                quote.Context.ShouldContain(quote.Text);
            }
        }
    }

    [Fact]
    public void Speakers_are_drawn_with_a_zipf_law()
    {
        var corpus = new CorpusGenerator(42);
        var counts = Enumerable.Range(0, 2000).SelectMany(n => corpus.Article(n).Quotes).GroupBy(q => q.Speaker).ToDictionary(g => g.Key, g => g.Count());
        counts.GetValueOrDefault(0).ShouldBeGreaterThan(counts.GetValueOrDefault(100) * 5);
    }

    [Fact]
    public void Questions_mix_the_four_kinds_and_misspellings_differ_from_the_name()
    {
        var corpus = new CorpusGenerator(42);
        var questions = QuestionGenerator.Generate(corpus, 1000, 42);
        questions.Count.ShouldBe(1000);
        questions.GroupBy(q => q.Kind).Count().ShouldBe(4);
        questions.Where(q => q.Kind == QuestionKind.UnknownSpeaker)
            .ShouldAllBe(q => !corpus.Speakers.Any(s => q.Text.Contains(s.Surname, StringComparison.Ordinal)));

        var random = new Random(1);
        foreach (var speaker in corpus.Speakers.Take(300))
        {
            QuestionGenerator.Misspell(random, speaker.Surname).ShouldNotBe(speaker.Surname);
        }
    }
}
