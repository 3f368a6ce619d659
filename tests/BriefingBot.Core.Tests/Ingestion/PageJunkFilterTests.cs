using BriefingBot.Core.Ingestion;

namespace BriefingBot.Core.Tests.Ingestion;

public sealed class PageJunkFilterTests
{
    [Theory]
    [InlineData("icon searchicon shareicon sign inicon sign upicon stepback")]
    [InlineData("icon menu icon close icon play icon pause")]
    public void Icon_name_runs_are_junk(string line) => PageJunkFilter.IsJunk(line).ShouldBeTrue();

    [Theory]
    [InlineData("Home > World > Europe")]
    [InlineData("Home | News")]
    public void Breadcrumb_trails_are_junk(string line) => PageJunkFilter.IsJunk(line).ShouldBeTrue();

    [Theory]
    [InlineData("Podcasts")]
    [InlineData("Advertisement")]
    [InlineData("Share this article")]
    [InlineData("Comments")]
    [InlineData("Skip to main content")]
    public void Widget_labels_are_junk(string line) => PageJunkFilter.IsJunk(line).ShouldBeTrue();

    [Theory]
    [InlineData("0:00")]
    [InlineData("41:07")]
    [InlineData("1:02:33")]
    public void Time_codes_are_junk(string line) => PageJunkFilter.IsJunk(line).ShouldBeTrue();

    [Theory]
    [InlineData("Also on example.com Ministers clash over the harbour budget")]
    [InlineData("Related article: Harbour budget doubles")]
    [InlineData("Read more: Why the harbour matters")]
    [InlineData("READ MORE: The mayor's plan")]
    [InlineData("See also: Earlier coverage")]
    public void Related_link_lines_are_junk(string line) => PageJunkFilter.IsJunk(line).ShouldBeTrue();

    [Fact]
    public void Also_on_followed_by_a_day_is_a_sentence_not_a_related_link() =>
        PageJunkFilter.IsJunk("Also on Tuesday, the council approved the new harbour budget.").ShouldBeFalse();

    [Theory]
    [InlineData("If you enjoyed this piece, share it with a friend!")]
    [InlineData("Want more? Please subscribe to our weekly newsletter!")]
    [InlineData("Sign up for our newsletter to get the news first")]
    [InlineData("Follow us on Twitter and Facebook")]
    [InlineData("Please support us by following our social media:")]
    [InlineData("To keep us going, please consider a donation")]
    [InlineData("Every amount helps; any amount is greatly appreciated.")]
    [InlineData("(You can cancel at any time).")]
    [InlineData("Guest posts published on Example Daily do not necessarily represent the views of its editors.")]
    [InlineData("We use cookies to improve your experience on our site.")]
    public void Appeals_and_disclaimers_are_junk(string line) => PageJunkFilter.IsJunk(line).ShouldBeTrue();

    [Theory]
    [InlineData("© 2021 Example Media Group")]
    [InlineData("Copyright 2021 Example Daily. All rights reserved.")]
    public void Copyright_lines_are_junk(string line) => PageJunkFilter.IsJunk(line).ShouldBeTrue();

    [Theory]
    [InlineData("Read Time:2 Minute, 10 Second")]
    [InlineData("4 min read")]
    public void Reading_time_lines_are_junk(string line) => PageJunkFilter.IsJunk(line).ShouldBeTrue();

    [Theory]
    [InlineData("Screenshot of a state television broadcast")]
    [InlineData("Video screenshot of the minister's address")]
    [InlineData("Photo: Jane Roe / Example Agency")]
    [InlineData("The harbour master pictured at the new quay")]
    public void Photo_captions_are_junk(string line) => PageJunkFilter.IsJunk(line).ShouldBeTrue();

    [Theory]
    [InlineData("The mayor said the harbour would reopen in May.")]
    [InlineData("“Please support us,” the striking dockers told the council.")]
    [InlineData("Readers who subscribe to the service pay twelve euros a month, the company said.")]
    [InlineData("The minister pictured the harbour as a hub for trade, and said it would grow.")]
    [InlineData("Harbour reopening delayed again")]
    public void Article_sentences_are_not_junk(string line) => PageJunkFilter.IsJunk(line).ShouldBeFalse();

    [Fact]
    public void A_short_heading_glued_to_an_appeal_is_dropped_with_it()
    {
        var lines = new List<SourceLine>
        {
            new("The council met on Monday.", 0),
            new("Beat the gatekeepers", 1),
            new("Get the real story, please subscribe to our FREE newsletter!", 1),
        };

        PageJunkFilter.JunkLines(lines).ShouldBe([1, 2], ignoreOrder: true);
    }
}
