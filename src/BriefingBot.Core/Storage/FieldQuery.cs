using LiteDB;

namespace BriefingBot.Core.Storage;

/// <summary>Index queries on one field by value, written as parameterised expressions.</summary>
/// <remarks>
/// LiteDB's <c>Query.EQ(field, value)</c> writes the value into the expression's text, and LiteDB parses, compiles and caches
/// expressions by their text: every new value meant a new compilation (most of a save's time) and one more entry in a cache
/// that is never emptied. With the value as a parameter the text is the same each time, so it is compiled once.
/// </remarks>
internal static class FieldQuery
{
    public static BsonExpression Equal(string field, BsonValue value) => BsonExpression.Create($"$.{field} = @0", value);

    public static BsonExpression GreaterThan(string field, BsonValue value) => BsonExpression.Create($"$.{field} > @0", value);
}
