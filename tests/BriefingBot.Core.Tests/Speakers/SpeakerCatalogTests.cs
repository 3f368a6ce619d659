using System.Text;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Tests.Speakers;

public sealed class SpeakerCatalogTests
{
    [Fact]
    public void The_shipped_catalog_names_the_kremlin_spokesman()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "config", "speakers.json");

        var speakers = SpeakerCatalog.Load(path);

        var peskov = speakers.Single(s => s.Name == "Dmitry Peskov");
        peskov.Affiliations.ShouldContain("Kremlin");
        peskov.Type.ShouldBe(SpeakerType.Person);
    }

    [Fact]
    public void A_broken_catalog_is_refused_with_its_name()
    {
        using var json = new MemoryStream(Encoding.UTF8.GetBytes("{ \"speakers\": [ { \"name\": "));

        Should.Throw<InvalidDataException>(() => SpeakerCatalog.Read(json, "speakers.json")).Message.ShouldContain("speakers.json");
    }
}
