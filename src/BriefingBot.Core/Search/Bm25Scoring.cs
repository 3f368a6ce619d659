using System.Runtime.CompilerServices;

namespace BriefingBot.Core.Search;

/// <summary>The BM25 formula of a <see cref="Bm25Index"/>: its two parameters and a document's score for one term.</summary>
/// <param name="K1">Term-frequency saturation.</param>
/// <param name="B">How much document length normalises scores.</param>
internal readonly record struct Bm25Scoring(double K1, double B)
{
    /// <summary>Frequencies are stored in quarters (field weights are multiples of 1/4).</summary>
    public const float Quarters = 4f;

    /// <summary>A document's score for a term, before the query weight and idf: boost × BM25 term-frequency part.</summary>
    public double Impact(double tf, double length, double average, double boost) =>
        boost * tf * (K1 + 1) / (tf + (K1 * (1 - B + (B * length / average))));

    /// <summary>A document's score for the cursor's term (query weight and idf included, boost not).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Contribution(PostingCursor cursor, ushort frequency, float length)
    {
        double tf = frequency / Quarters;
        var (scale, normBase, normPerLength) = cursor.Fixed;
        return scale * tf / (tf + normBase + (normPerLength * length));
    }

    /// <summary>The parts of <see cref="Contribution"/> that one search fixes: query weight × idf × (k1 + 1), and the length norm's terms.</summary>
    public (double Scale, double NormBase, double NormPerLength) Fixed(double weight, double average) =>
        (weight * (K1 + 1), K1 * (1 - B), K1 * B / average);
}
