using System.Runtime.InteropServices;
using System.Text;
using BriefingBot.Core.Articles;

namespace BriefingBot.Core.Library;

/// <summary>An article as an answer cites it: where it is from, and its summary or, without one, its opening paragraph.</summary>
public sealed record ArticleCard(int Id, string Title, string? Outlet, DateTimeOffset? PublishedAt, string? Url, string Summary, bool SummaryIsLead);
