using BriefingBot.Core.Ingestion;

namespace BriefingBot.Core.Tests.Ingestion;

public sealed class BylineTests
{
    [Fact]
    public void A_person_is_an_author() =>
        Byline.Parse("By Jane Roe").ShouldBe(new Byline("Jane Roe", null));

    [Theory]
    [InlineData("By AFP", "AFP")]
    [InlineData("By Reuters", "Reuters")]
    [InlineData("By The Associated Press", "AP")]
    public void An_agency_is_an_outlet(string line, string outlet) =>
        Byline.Parse(line).ShouldBe(new Byline(null, outlet));

    [Fact]
    public void A_single_brand_word_is_an_outlet() =>
        Byline.Parse("by NewsWire").ShouldBe(new Byline(null, "NewsWire"));

    [Fact]
    public void A_person_and_an_agency_give_both() =>
        Byline.Parse("By Jane Roe, Reuters").ShouldBe(new Byline("Jane Roe", "Reuters"));

    [Theory]
    [InlineData("By the end of the year, the harbour will reopen.")]
    [InlineData("By Wednesday")]
    public void Sentences_starting_with_by_are_not_bylines(string line) =>
        Byline.Parse(line).ShouldBeNull();

    [Fact]
    public void A_name_and_an_agency_without_by_is_a_byline() =>
        Byline.Parse("Mara Quint, The Associated Press").ShouldBe(new Byline("Mara Quint", "AP"));

    [Fact]
    public void A_name_and_a_writers_job_without_by_is_an_author() =>
        Byline.Parse("Mara Quint, Evening Show producer").ShouldBe(new Byline("Mara Quint", null));

    [Fact]
    public void A_name_and_anything_else_after_a_comma_is_no_byline() =>
        Byline.Parse("Mara Quint, the harbour master").ShouldBeNull();
}
