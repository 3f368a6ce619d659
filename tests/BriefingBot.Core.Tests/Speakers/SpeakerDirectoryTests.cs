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
}
