namespace BriefingBot.Core.Search;

/// <summary>One field of a <see cref="Bm25Index"/> document: its analysed terms (repeats kept) and its weight (a multiple of 1/4).</summary>
internal readonly record struct Bm25Field(IReadOnlyList<string> Terms, float Weight);
