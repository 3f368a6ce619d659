namespace BriefingBot.Bench.Corpus;

/// <summary>The kinds of generated question.</summary>
internal enum QuestionKind
{
    SpeakerAndTopic,
    TopicOnly,
    UnknownSpeaker,
    SpeakerTypo,
}

internal sealed record BenchQuestion(int Number, QuestionKind Kind, string Text);

/// <summary>Seeded questions over a generated corpus: 40% speaker and topic, 30% topic only, 15% unknown speaker, 15% misspelt speaker.</summary>
internal static class QuestionGenerator
{
    public static IReadOnlyList<BenchQuestion> Generate(CorpusGenerator corpus, int count, int seed)
    {
        var random = new Random(seed + 7919);
        var questions = new List<BenchQuestion>(count);
        for (var i = 0; i < count; i++)
        {
            var roll = random.NextDouble();
            var topic = WordLists.Topics[corpus.TopicZipf.Next(random)];
            var speaker = corpus.Speakers[corpus.SpeakerZipf.Next(random)];
            questions.Add(roll switch
            {
                < 0.4 => new BenchQuestion(i, QuestionKind.SpeakerAndTopic, (random.Next(3)) switch
                {
                    0 => $"what did {speaker.Surname} say about {topic}",
                    1 => $"{speaker.Name} on {topic}",
                    _ => $"quotes from {speaker.Surname} about {topic}",
                }),
                < 0.7 => new BenchQuestion(i, QuestionKind.TopicOnly, random.Next(2) == 0
                    ? $"news on {topic}"
                    : $"{topic} {WordLists.Topics[corpus.TopicZipf.Next(random)]}"),
                < 0.85 => new BenchQuestion(i, QuestionKind.UnknownSpeaker,
                    $"what did {CorpusGenerator.Pick(random, WordLists.UnknownFirstNames)} {CorpusGenerator.Pick(random, WordLists.UnknownSurnames)} say about {topic}"),
                _ => new BenchQuestion(i, QuestionKind.SpeakerTypo, $"what did {Misspell(random, speaker.Surname)} say about {topic}"),
            });
        }

        return questions;
    }

    /// <summary>Swaps two neighbouring letters inside the word, or drops one.</summary>
    internal static string Misspell(Random random, string word)
    {
        var at = 1 + random.Next(word.Length - 3);
        if (random.Next(2) == 0)
        {
            var letters = word.ToCharArray();
            (letters[at], letters[at + 1]) = (letters[at + 1], letters[at]);
            var swapped = new string(letters);
            return swapped == word ? word.Remove(at, 1) : swapped;
        }

        return word.Remove(at, 1);
    }
}
