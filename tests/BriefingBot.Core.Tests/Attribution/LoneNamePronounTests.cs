using BriefingBot.Core.Tests.Extraction;

namespace BriefingBot.Core.Tests.Attribution;

/// <summary>Someone the article only ever calls by one name is still whom "he" or "she" means, once the text shows a person.</summary>
public sealed class LoneNamePronounTests
{
    [Fact]
    public void A_who_clause_after_a_lone_name_makes_it_a_person_for_he()
    {
        var r = Extract.From("“We ask the questions that matter,” said Dorner, whose new book is about the harbour.\n\n“A reporter is a counterweight,” he said.");
        Extract.Quote(r, "A reporter").Speaker.ShouldBe("Dorner");
    }

    [Fact]
    public void An_age_after_a_lone_name_makes_it_a_person_for_she()
    {
        var r = Extract.From("“The ferry is my lifeline,” Dorner, 58, said.\n\n“Without it I cannot get to work,” she said.");
        Extract.Quote(r, "Without it").Speaker.ShouldBe("Dorner");
    }

    [Fact]
    public void A_lone_name_with_no_sign_of_a_person_is_not_he()
    {
        var r = Extract.From("“Profits rose this year,” said Velmora.\n\n“We expect more,” he said.");
        Extract.Quote(r, "We expect").Speaker.ShouldBeNull();
    }
}
