using BriefingBot.Core.Library;

namespace BriefingBot.Core.Tests.Library;

public sealed class QuoteWordingTests
{
    [Theory]
    [InlineData("“The harbour stays open,” she said.", "the harbour stays open she said")]
    [InlineData("  Ferries -- at  dawn!  ", "ferries at dawn")]
    [InlineData("", "")]
    public void The_key_and_its_measured_length_agree(string text, string key)
    {
        var buffer = new char[text.Length];

        buffer.AsSpan(0, QuoteWording.WriteKey(text, buffer)).ToString().ShouldBe(key);
        QuoteWording.Measure(text).KeyLength.ShouldBe(key.Length);
    }

    [Fact]
    public void Words_are_counted_between_whitespace()
    {
        QuoteWording.Measure("a witch hunt, plain and simple").Words.ShouldBe(6);
    }

    [Theory]
    [InlineData("the ferry will run at dawn every day", "ferry will run at dawn")]
    [InlineData("the ferry will run at dawn every day", "erry will run at da")]
    [InlineData("We will keep the harbour open, whatever it costs.", "“We will keep the harbour open,”")]
    public void A_wording_inside_another_may_lie_within_it(string longer, string shorter)
    {
        QuoteWording.MayLieWithin(QuoteWording.Measure(shorter), QuoteWording.Measure(longer)).ShouldBeTrue();
    }

    [Fact]
    public void A_wording_with_other_inner_words_does_not()
    {
        var longer = QuoteWording.Measure("the ferry will run at dawn every day");

        QuoteWording.MayLieWithin(QuoteWording.Measure("the bus will stop at noon every day"), longer).ShouldBeFalse();
    }
}
