namespace BriefingBot.Core.Library;

/// <summary>
/// A quote's wording measured (see <see cref="QuoteWording"/>): its whitespace-separated words, its comparison key's length,
/// the signature of all the key's words and of those inside it (all but the first and the last).
/// </summary>
public readonly record struct WordingMeasures(int Words, int KeyLength, ulong WordBits, ulong InnerBits);
