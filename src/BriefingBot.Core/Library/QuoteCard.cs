using System.Runtime.InteropServices;
using System.Text;
using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Library;

/// <summary>A quote as an answer cites it (see <see cref="CitationTable"/>).</summary>
public sealed record QuoteCard(int Id, int ArticleId, string Text, QuoteKind Kind, int? SpeakerId, string? Speaker, string? SpeakerRole, double Confidence, string Context);
