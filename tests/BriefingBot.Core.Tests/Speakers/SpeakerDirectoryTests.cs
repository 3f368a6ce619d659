using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Tests.Speakers;

public sealed class SpeakerDirectoryTests
{
    private static Speaker Person(string name, params string[] aliases) =>
        new() { Name = name, Type = SpeakerType.Person, Aliases = [.. aliases] };

    [Fact]
    public void A_surname_finds_the_person()
    {
        var directory = new SpeakerDirectory([Person("Ana Ortiz")]);

        directory.FindByName("Ortiz")!.Name.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void An_alias_finds_the_person_whatever_its_case_and_honorific()
    {
        var directory = new SpeakerDirectory([Person("Ana Ortiz", "Anita Ortiz")]);

        directory.FindByName("Ms. ANITA ORTIZ")!.Name.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void A_surname_two_people_share_finds_nobody()
    {
        var directory = new SpeakerDirectory([Person("Ana Ortiz"), Person("Luis Ortiz")]);

        directory.FindByName("Ortiz").ShouldBeNull();
    }

    [Fact]
    public void A_variant_spelling_with_the_same_initial_and_surname_finds_the_person()
    {
        var directory = new SpeakerDirectory([Person("Alexei Navalny")]);

        directory.FindByName("Aleksei A. Navalny")!.Name.ShouldBe("Alexei Navalny");
    }

    [Fact]
    public void Another_first_name_with_the_same_initial_is_another_person()
    {
        var directory = new SpeakerDirectory([Person("Robert Reyes")]);

        directory.FindByName("Roger Reyes").ShouldBeNull();
    }

    [Fact]
    public void Learning_a_role_and_affiliation_makes_the_speaker_findable_by_them()
    {
        var directory = new SpeakerDirectory([]);

        directory.Learn(new SpeakerFact("Tom Reyes", SpeakerType.Person, "spokesman", "City Hall"));

        directory.FindByRole("spokesman").Single().Name.ShouldBe("Tom Reyes");
        directory.FindByAffiliation("City Hall").Single().Name.ShouldBe("Tom Reyes");
    }

    [Fact]
    public void Learning_a_fuller_name_makes_it_canonical_and_keeps_the_short_one_as_alias()
    {
        var directory = new SpeakerDirectory([]);
        var (first, _) = directory.Learn(new SpeakerFact("Reyes"));

        var (second, changed) = directory.Learn(new SpeakerFact("Tom Reyes"));

        second.ShouldBeSameAs(first);
        changed.ShouldBeTrue();
        second.Name.ShouldBe("Tom Reyes");
        second.Aliases.ShouldContain("Reyes");
    }

    [Fact]
    public void Learning_what_is_already_known_changes_nothing()
    {
        var directory = new SpeakerDirectory([Person("Tom Reyes")]);

        var (_, changed) = directory.Learn(new SpeakerFact("Reyes"));

        changed.ShouldBeFalse();
    }

    [Fact]
    public void A_misspelt_name_finds_the_closest_known_one()
    {
        var directory = new SpeakerDirectory([Person("Dmitry Peskov"), Person("Sergey Lavrov")]);

        directory.FindSimilar("pesckov", 0.88, 3).First().Speaker.Name.ShouldBe("Dmitry Peskov");
    }

    [Fact]
    public void A_role_is_matched_by_its_last_words()
    {
        var directory = new SpeakerDirectory([new Speaker { Name = "Watchdog Agency", Type = SpeakerType.Organisation, Roles = ["media regulator"] }]);

        directory.FindByRole("regulator").Single().Name.ShouldBe("Watchdog Agency");
    }

    [Fact]
    public void FindByRole_finds_exactly_the_speakers_a_scan_of_every_role_finds()
    {
        string[] words = ["kremlin", "press", "spokesman", "secretary", "foreign", "minister", "chief"];
        var random = new Random(3);
        string Role() => string.Join(' ', Enumerable.Range(0, random.Next(1, 4)).Select(_ => words[random.Next(words.Length)]));
        var speakers = Enumerable.Range(0, 60).Select(i => new Speaker
        {
            Name = $"Person {i}",
            Type = SpeakerType.Person,
            Roles = [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => Role())],
        }).ToList();
        var directory = new SpeakerDirectory(speakers);
        directory.Learn(new SpeakerFact("Person 3", SpeakerType.Person, "deputy foreign minister"));

        for (var n = 0; n < 300; n++)
        {
            var asked = n == 0 ? "Deputy Foreign Minister" : Role();
            var key = NameNormalizer.Key(asked);
            var scanned = directory.All.Where(s => s.Roles.Any(r => SpeakerDirectory.RoleMatches(NameNormalizer.Key(r), key))).ToList();

            directory.FindByRole(asked).ShouldBe(scanned, asked);
        }
    }
}
