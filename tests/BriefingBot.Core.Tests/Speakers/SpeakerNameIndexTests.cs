using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Tests.Speakers;

/// <summary>The name index finds speakers by what was typed as comparing every name with it would.</summary>
public sealed class SpeakerNameIndexTests
{
    private static Speaker Person(string name, params string[] aliases) =>
        new() { Name = name, Type = SpeakerType.Person, Aliases = [.. aliases] };

    // "Name: how it matched", in name order.
    private static IReadOnlyList<string> Find(string key, params Speaker[] speakers) =>
        SpeakerNameIndex.Build(speakers).Find(key).Select(m => $"{m.Speaker.Name}: {m.Match}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_name_or_one_of_its_words_starting_with_the_text_is_a_name_match()
    {
        var found = Find("orl", Person("Orla Brennan"), Person("Tomas Orlov"), Person("Ines Varga"));

        found.ShouldBe(["Orla Brennan: Name", "Tomas Orlov: Name"]);
    }

    [Fact]
    public void An_alias_starting_with_the_text_is_an_alias_match()
    {
        Find("bibi", Person("Orla Brennan", "Bibi Brennan")).ShouldBe(["Orla Brennan: Alias"]);
    }

    [Fact]
    public void A_name_holding_the_text_inside_a_word_is_a_contains_match()
    {
        Find("rlo", Person("Tomas Orlov")).ShouldBe(["Tomas Orlov: Contains"]);
    }

    [Fact]
    public void Several_typed_words_start_a_name_only_from_its_first_word()
    {
        var found = Find("ines va", Person("Ines Varga"), Person("Maria Ines Valdez"));

        found.ShouldBe(["Ines Varga: Name", "Maria Ines Valdez: Contains"]);
    }

    [Fact]
    public void The_best_match_of_a_speaker_is_kept()
    {
        Find("bren", Person("Orla Brennan", "Brennan")).ShouldBe(["Orla Brennan: Name"]);
    }

    [Fact]
    public void Nothing_typed_matches_nobody()
    {
        Find("", Person("Orla Brennan")).ShouldBeEmpty();
    }

    [Fact]
    public void The_directory_indexes_a_speaker_learnt_after_its_index_was_built()
    {
        var directory = new SpeakerDirectory([Person("Orla Brennan")]);
        directory.NameIndex().Find("zor").ShouldBeEmpty();

        directory.Learn(new SpeakerFact("Ilse Zorn"));

        directory.NameIndex().Find("zor").Select(m => m.Speaker.Name).ShouldBe(["Ilse Zorn"]);
    }

    [Fact]
    public void Random_names_match_as_comparing_each_name_with_the_text_does()
    {
        var random = new Random(7);
        string Word() => new(Enumerable.Range(0, random.Next(2, 7)).Select(_ => "abeiklnorst"[random.Next(11)]).ToArray());
        var speakers = Enumerable.Range(0, 300)
            .Select(_ => Person(Word() + " " + Word(), random.Next(3) == 0 ? [Word() + " " + Word()] : []))
            .ToArray();
        var index = SpeakerNameIndex.Build(speakers);

        foreach (var key in Enumerable.Range(0, 200).Select(_ => random.Next(4) == 0 ? Word() + " " + Word()[..1] : Word()[..random.Next(1, 3)]))
        {
            var expected = speakers.Select(s => (Slot: s, Match: Compare(s, key))).Where(m => m.Match != SpeakerNameMatch.None)
                .Select(m => $"{m.Slot.Name}: {m.Match}").Order(StringComparer.Ordinal).ToList();
            var found = index.Find(key).Select(m => $"{m.Speaker.Name}: {m.Match}").Order(StringComparer.Ordinal).ToList();

            found.ShouldBe(expected, $"typed \"{key}\"");
        }
    }

    // What every name was compared with on each keystroke before the index.
    private static SpeakerNameMatch Compare(Speaker speaker, string key)
    {
        var name = NameNormalizer.Key(speaker.Name);
        if (name.StartsWith(key, StringComparison.Ordinal) || name.Split(' ').Any(w => w.StartsWith(key, StringComparison.Ordinal)))
        {
            return SpeakerNameMatch.Name;
        }

        return speaker.Aliases.Any(a => NameNormalizer.Key(a).StartsWith(key, StringComparison.Ordinal)) ? SpeakerNameMatch.Alias
            : name.Contains(key, StringComparison.Ordinal) ? SpeakerNameMatch.Contains : SpeakerNameMatch.None;
    }
}
