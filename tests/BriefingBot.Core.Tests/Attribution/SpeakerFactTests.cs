namespace BriefingBot.Core.Tests.Attribution;

using BriefingBot.Core.Tests.Extraction;

public sealed class SpeakerFactTests
{
    [Fact]
    public void A_title_before_the_name_gives_role_and_affiliation()
    {
        var facts = Extract.From("“The fares will not rise this year,” Harbour Council spokesman Tom Reyes said.").Speakers;

        var reyes = facts.Single(f => f.Name == "Tom Reyes");
        reyes.Role.ShouldBe("spokesman");
        reyes.Affiliation.ShouldBe("Harbour Council");
    }

    [Fact]
    public void A_critic_of_an_organisation_is_not_affiliated_with_it()
    {
        var facts = Extract.From("“We will keep protesting every week,” said City Hall critic Ivan Sorokin.").Speakers;

        var sorokin = facts.Single(f => f.Name == "Ivan Sorokin");
        sorokin.Affiliation.ShouldBeNull();
    }
}
