using BriefingBot.Core.Ingestion;

namespace BriefingBot.Core.Tests.Ingestion;

public sealed class DateFinderTests
{
    [Fact]
    public void Day_short_month_year_and_time() =>
        DateFinder.FromDateLine("7 Jun, 2022 09:45").ShouldBe(new DateTimeOffset(2022, 6, 7, 9, 45, 0, TimeSpan.Zero));

    [Fact]
    public void Month_day_year() =>
        DateFinder.FromDateLine("June 7, 2022").ShouldBe(new DateTimeOffset(2022, 6, 7, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Day_month_year() =>
        DateFinder.FromDateLine("7 June 2022").ShouldBe(new DateTimeOffset(2022, 6, 7, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Iso_date() =>
        DateFinder.FromDateLine("2022-06-07").ShouldBe(new DateTimeOffset(2022, 6, 7, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Iso_date_with_offset_is_converted_to_utc() =>
        DateFinder.FromDateLine("2022-06-07T12:00:00+02:00").ShouldBe(new DateTimeOffset(2022, 6, 7, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Date_header() =>
        DateFinder.FromDateLine("Date: June 7, 2022").ShouldBe(new DateTimeOffset(2022, 6, 7, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Date_in_url_path() =>
        DateFinder.FromUrlPath("https://news.example.com/2022/06/07/harbour-reopens").ShouldBe(new DateTimeOffset(2022, 6, 7, 0, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("The council met on June 7, 2022 to vote.")]
    [InlineData("31 February 2022")]
    public void Sentences_and_impossible_dates_are_not_date_lines(string line) =>
        DateFinder.FromDateLine(line).ShouldBeNull();
}
