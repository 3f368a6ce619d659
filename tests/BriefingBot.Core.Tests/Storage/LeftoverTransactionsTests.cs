using BriefingBot.Core.Storage;
using LiteDB;
using LiteDB.Engine;

namespace BriefingBot.Core.Tests.Storage;

/// <summary>LeftoverTransactions reaches into LiteDB's internals; these tests fail if a LiteDB upgrade moves them.</summary>
public sealed class LeftoverTransactionsTests
{
    [Fact]
    public void A_reader_left_open_is_listed_as_an_open_transaction_until_it_is_disposed()
    {
        using var engine = new LiteEngine(new EngineSettings { DataStream = new MemoryStream() });
        engine.Insert("things", [new BsonDocument { ["name"] = "one" }], BsonAutoId.Int32);
        LeftoverTransactions.Of(engine).ShouldBeEmpty();

        var reader = engine.Query("things", new Query());
        reader.Read().ShouldBeTrue();
        LeftoverTransactions.Of(engine).Count.ShouldBe(1);

        reader.Dispose();
        LeftoverTransactions.Of(engine).ShouldBeEmpty();
    }
}
