using BriefingBot.Testing.Library;

namespace BriefingBot.Core.Tests.Library;

/// <summary>Speaker names offered while someone types: name matches, then aliases, then names containing the text, each most quoted first.</summary>
public sealed class SpeakerSuggestionTests : IDisposable
{
    private static readonly DateTimeOffset May = new(2025, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly TestLibrary _test = new();

    public void Dispose() => _test.Dispose();

    private void Quote(string speaker, int times)
    {
        for (var i = 0; i < times; i++)
        {
            _test.AddArticle($"{speaker} speaks, part {i}", May.AddDays(i), ($"The harbour toll will rise by a tenth next spring, part {i}", speaker));
        }
    }

    [Fact]
    public void Speakers_whose_name_starts_with_the_text_come_most_quoted_first()
    {
        Quote("Quorin Adeyemi", 1);
        Quote("Tilda Quorvath", 3);

        _test.Library.SuggestSpeakers("quor", 5).ShouldBe(["Tilda Quorvath", "Quorin Adeyemi"]);
    }

    [Fact]
    public void A_name_match_comes_before_a_more_quoted_name_that_only_contains_the_text()
    {
        Quote("Bexquor Lindahl", 4);
        Quote("Quorin Adeyemi", 1);

        _test.Library.SuggestSpeakers("quor", 5).ShouldBe(["Quorin Adeyemi", "Bexquor Lindahl"]);
    }

    [Fact]
    public void At_most_the_number_asked_for_is_offered()
    {
        Quote("Quorin Adeyemi", 1);
        Quote("Tilda Quorvath", 2);
        Quote("Quorra Sand", 3);

        _test.Library.SuggestSpeakers("quor", 2).ShouldBe(["Quorra Sand", "Tilda Quorvath"]);
    }

    [Fact]
    public void With_nothing_typed_only_quoted_speakers_are_offered_most_quoted_first()
    {
        Quote("Quorin Adeyemi", 1);
        Quote("Tilda Quorvath", 2);

        _test.Library.SuggestSpeakers("", 5).ShouldBe(["Tilda Quorvath", "Quorin Adeyemi"]);
    }

    [Fact]
    public void A_speaker_learnt_after_the_last_suggestion_is_offered()
    {
        Quote("Quorin Adeyemi", 1);
        _test.Library.SuggestSpeakers("zorv", 5).ShouldBeEmpty();

        Quote("Ilse Zorvik", 1);

        _test.Library.SuggestSpeakers("zorv", 5).ShouldBe(["Ilse Zorvik"]);
    }
}
