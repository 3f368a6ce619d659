namespace BriefingBot.Core.Search;

/// <summary>A field of a <see cref="Bm25Index"/> document: its analysed terms (repeats kept) and weight (a multiple of 1/4).</summary>
internal readonly record struct Bm25Field(IReadOnlyList<string> Terms, float Weight);
