using System.Text.RegularExpressions;

namespace BriefingBot.Core.Ingestion;

/// <summary>Recognises lines scraped along with an article that are not part of it: navigation, appeals, related links, captions.</summary>
internal static partial class PageJunkFilter
{
    // Appeals and boilerplate are short; a long paragraph that mentions "subscribe" is probably reporting.
    private const int MaxAppealLength = 400;
    private const int MaxCaptionWords = 20;
    private const int MaxBoxHeadingWords = 8;

    // Whole lines that are navigation or widget labels on news pages.
    private static readonly HashSet<string> LabelLines = new(StringComparer.OrdinalIgnoreCase)
    {
        "Podcasts", "Podcast", "Advertisement", "Advertising", "Sponsored", "Sponsored content", "Share", "Share this",
        "Share this article", "Share this story", "Share on Facebook", "Share on Twitter", "Tweet", "Print", "Email",
        "Comments", "Comment", "Leave a comment", "Menu", "Search", "Close", "Skip to content", "Skip to main content",
        "Loading...", "Loading…", "Subscribe", "Sign in", "Sign up", "Log in", "Login", "Register", "Related",
        "Related articles", "Related stories", "Related news", "Related content", "More stories", "Most read",
        "Most popular", "Trending", "Trending now", "Read more", "Read next", "Recommended", "You may also like",
        "Listen", "Listen to this article", "Watch", "Video", "Copy link", "Copied", "Back to top", "Top stories",
        "Newsletter", "Follow us", "Cookie settings", "Accept", "Accept all", "Reject all", "Manage preferences",
    };

    /// <summary>Indexes of the lines to drop.</summary>
    public static IReadOnlySet<int> JunkLines(IReadOnlyList<SourceLine> lines)
    {
        var junk = new HashSet<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (IsJunk(lines[i].Text))
            {
                junk.Add(i);
            }
        }

        // A short heading glued to an appeal ("Bypass the censors" over "please subscribe …") is the appeal box's title.
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (!junk.Contains(i) && junk.Contains(i + 1) && lines[i].Block == lines[i + 1].Block
                && IsAppeal(lines[i + 1].Text) && IsShortHeading(lines[i].Text))
            {
                junk.Add(i);
            }
        }

        return junk;
    }

    public static bool IsJunk(string line) =>
        LabelLines.Contains(line.TrimEnd(':', '.', '!', ' '))
        || IsIconRun(line)
        || IsNavigationTrail(line)
        || TimeCode().IsMatch(line)
        || RelatedLink().IsMatch(line)
        || ReadingTime().IsMatch(line)
        || IsAppeal(line)
        || IsCaption(line);

    /// <summary>Share, subscribe, donate, follow, cookie and copyright boilerplate.</summary>
    public static bool IsAppeal(string line) =>
        line.Length <= MaxAppealLength && !HasQuotation(line) && (Appeal().IsMatch(line) || Copyright().IsMatch(line));

    /// <summary>Photo captions and credits: conservative, only forms that no article sentence takes.</summary>
    public static bool IsCaption(string line)
    {
        if (HasQuotation(line) || Whitespace.WordCount(line) > MaxCaptionWords)
        {
            return false;
        }

        if (CaptionOpening().IsMatch(line))
        {
            return true;
        }

        // "X pictured …" / "… images" with no sentence punctuation and no finite verb is a caption, not a sentence.
        return !EndsSentence(line) && PicturedOrImages().IsMatch(line) && !CommonVerb().IsMatch(line);
    }

    /// <summary>A line of widget icon names, often glued together ("icon bookmarkicon cameraicon check …").</summary>
    private static bool IsIconRun(string line) => IconWord().Count(line) >= 4;

    /// <summary>Breadcrumbs like "Home > World > Europe" or "Home | News".</summary>
    private static bool IsNavigationTrail(string line) => Breadcrumb().IsMatch(line);

    private static bool IsShortHeading(string line) =>
        Whitespace.WordCount(line) <= MaxBoxHeadingWords && !EndsSentence(line) && !HasQuotation(line);

    private static bool EndsSentence(string line) => line.Length > 0 && ".!?\"”’…".Contains(line[^1], StringComparison.Ordinal);

    private static bool HasQuotation(string line) => line.IndexOfAny(['"', '“', '”', '«', '»']) >= 0;

    [GeneratedRegex("icon", RegexOptions.IgnoreCase)]
    private static partial Regex IconWord();

    [GeneratedRegex(@"^home\s*(?:[>»›|/]|&gt;)\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex Breadcrumb();

    [GeneratedRegex(@"^\d{1,3}:\d{1,2}(?::\d{1,2})?$")]
    private static partial Regex TimeCode();

    [GeneratedRegex(@"^(?:also\s+on\s+[a-z0-9-]+(?:\.[a-z0-9-]+)+\b|also\s+on\s*:|(?:related|related\s+(?:article|articles|story|stories|content|news|coverage|reading)|read\s+(?:more|also|next)|see\s+also|more\s+on\s+this(?:\s+story)?|recommended|you\s+may\s+also\s+like|watch)\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedLink();

    [GeneratedRegex(@"^(?:read(?:ing)?\s+time\s*:?\s*\d.*|\d+\s*(?:min|mins|minute|minutes)\s+read)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadingTime();

    [GeneratedRegex(
        @"share\s+(?:it|this)\s+with\s+a\s+friend|share\s+this\s+(?:article|story|post)|\bsubscribe\s+(?:to\s+(?:our|my)\b|now\b|today\b|here\b)|please\s+subscribe|"
        + @"\bsign(?:ing)?[\s-]+up\s+(?:for|to)\b.{0,80}\bnewsletter|newsletter.{0,80}\b(?:sign(?:ing)?[\s-]+up|subscribe)\b|sign\s+up\s+(?:for|to)\s+(?:our|the)\s+(?:free\s+)?(?:\w+\s+)?(?:newsletter|briefing|emails?)\b|"
        + @"follow\s+us\s+on|following\s+(?:us|our)\s+(?:on\s+)?social\s+media|like\s+us\s+on\s+facebook|join\s+us\s+on\s+(?:telegram|facebook|twitter)|"
        + @"(?:please|help)\s+support\s+us\b|support\s+us\s+by\b|consider\s+(?:a\s+|making\s+a\s+)?donation|make\s+a\s+donation|please\s+donate|donate\s+(?:now|today|here)|become\s+a\s+(?:patron|member|supporter)|"
        + @"any\s+amount\s+is\s+(?:greatly\s+)?appreciated|you\s+can\s+cancel\s+at\s+any\s+time|"
        + @"do(?:es)?\s+not\s+necessarily\s+(?:represent|reflect)|views\s+expressed\s+(?:in\s+this|here|are)|"
        + @"we\s+use\s+cookies|(?:accept|allow)\s+(?:all\s+)?cookies|cookie\s+(?:policy|settings|preferences)|"
        + @"download\s+(?:our|the)\s+app|click\s+here\s+to|turn\s+on\s+notifications|enable\s+javascript",
        RegexOptions.IgnoreCase)]
    private static partial Regex Appeal();

    [GeneratedRegex(@"^(?:©|\(c\)\s*\d{4}|copyright\b)|all\s+rights\s+reserved", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^(?:video\s+)?screenshot\s+(?:of|from)\b|^(?:photo|photograph|picture|image|image\s+source|credit|photo\s+credit|file\s+photo)\s*:|^(?:photo|picture)\s+by\b|^\((?:photo|image)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionOpening();

    [GeneratedRegex(@"\bpictured\b|\b(?:images|photos)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PicturedOrImages();

    [GeneratedRegex(@"\b(?:is|are|was|were|has|have|had|will|would|said|says|say|did|does|do|can|could|may|might|must|should)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommonVerb();
}
