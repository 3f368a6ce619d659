namespace BriefingBot.Core.Search;

/// <summary>An analysed search term and how much a match on it counts (1.0 for the user's own words).</summary>
public readonly record struct WeightedTerm(string Term, double Weight);
