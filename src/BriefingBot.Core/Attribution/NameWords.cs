using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Attribution;

/// <summary>Word lists that tell names, titles, roles and pronouns apart.</summary>
internal static class NameWords
{
    /// <summary>Capitalised words that start a sentence or a heading but never a name.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "in", "on", "at", "by", "for", "from", "to", "of", "with", "but", "and", "or", "so", "if",
        "when", "while", "after", "before", "as", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
        "those", "his", "her", "its", "their", "our", "my", "your", "according", "also", "however", "meanwhile", "then",
        "now", "still", "yet", "there", "here", "what", "who", "why", "how", "where", "which", "not", "no", "yes",
        "asked", "said", "says", "both", "all", "some", "many", "most", "one", "two", "three", "last", "next", "each",
        "every", "other", "another", "such", "even", "just", "only", "since", "until", "though", "although", "because",
        "despite", "during", "instead", "indeed", "later", "earlier", "today", "yesterday", "tomorrow", "tonight",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "read", "related",
        "photo", "video", "image", "source", "click", "share", "subscribe", "advertisement", "update", "updated", "like",
        "specifically", "immediately", "subsequently", "finally", "first", "second", "third", "over", "under", "about",
        "after", "more", "less", "much", "old", "do", "does", "did", "is", "are", "was", "were", "be", "been",
        "will", "would", "can", "could", "should", "must", "might", "let", "please", "thank", "thanks", "well", "oh",
        "sept", "jan", "feb", "aug", "oct", "nov", "dec", "into", "through", "without", "within", "among", "against",
        "once", "twice", "sometimes", "often", "perhaps", "maybe", "ultimately", "eventually", "recently", "currently",
        "previously", "initially", "originally", "unfortunately", "fortunately", "clearly", "obviously", "apparently",
        "again", "soon", "otherwise", "overall", "together", "thus", "hence", "therefore", "moreover", "furthermore",
        "nevertheless", "nonetheless", "likewise", "similarly", "additionally", "besides", "regardless", "anyway",
        "certainly", "surely", "honestly", "frankly", "actually", "really", "basically", "essentially", "notably",
        "unlike", "amid", "amidst", "via", "per", "outside", "inside", "behind", "across", "along", "around", "toward",
        "towards", "upon", "beyond", "beside", "alongside",

        // Sentence openers capitalised only for standing first ("Hours later, Reyes said", "Six Velmora fishermen"):
        // spans of time, numbers and amounts, words of address.
        "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "moments", "year", "four", "five",
        "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundred",
        "hundreds", "thousands", "millions", "dozens", "several", "few", "sorry", "wait", "okay", "ok", "hey", "everyone",
        "everybody", "nobody", "someone", "somebody", "anyone", "anybody",
    };

    /// <summary>Capitalised words of a title before a name ("Kremlin Press Secretary", "Sen.", "Foreign Minister").</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "vice", "prime", "minister", "foreign", "deputy", "secretary", "press", "spokesman", "spokeswoman",
        "spokesperson", "chairman", "chairwoman", "chair", "commissioner", "mayor", "governor", "gov", "sen", "senator",
        "rep", "representative", "congressman", "congresswoman", "judge", "justice", "gen", "general", "dr", "mr",
        "mrs", "ms", "miss", "director", "chief", "ceo", "chancellor", "king", "queen", "pope", "ambassador", "attorney",
        "speaker", "leader", "adviser", "advisor", "officer", "professor", "prof", "lt", "col", "capt", "sgt", "rev",
        "sir", "lord", "lady", "dame", "sheriff", "lieutenant", "colonel", "captain", "sergeant", "admiral", "adm",
        "premier", "emperor", "prince", "princess", "interior", "defense", "defence", "finance", "state", "executive",
        "managing", "founder", "nominee", "candidate", "former", "acting", "assistant", "associate", "senior", "first",
        "lady", "detective", "inspector", "superintendent", "coach", "presidential", "majority", "minority", "house",
        "whip", "council", "councilman", "councilwoman", "alderman", "economy", "health", "education", "trade", "labor",
        "energy", "homeland", "security", "national", "campaign", "manager", "chairperson", "pastor", "bishop",
        "cardinal", "rabbi", "imam", "father", "sister", "brother", "mother", "head", "chief-of-staff",
        "interim", "democratic", "republican", "american", "russian", "british", "french", "german", "chinese",
        "european", "federal", "conservative", "liberal", "delegate", "del", "mp", "mpp", "mla", "mep", "mna",
        "councillor", "coun", "supt", "const", "cpl",
    };

    /// <summary>Titles that are forms of address only, not roles.</summary>
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "rev", "former", "acting",
    };

    /// <summary>Nouns for what someone is ("the spokesman", "the regulator", "officials"), singular.</summary>
    private static readonly HashSet<string> RoleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesman", "spokeswoman", "spokesperson", "secretary", "president", "minister", "regulator", "watchdog",
        "agency", "ministry", "official", "chairman", "chairwoman", "chair", "governor", "mayor", "senator",
        "congressman", "congresswoman", "representative", "candidate", "nominee", "leader", "director", "chief", "head",
        "commissioner", "judge", "lawyer", "attorney", "prosecutor", "analyst", "expert", "source", "adviser",
        "advisor", "aide", "ambassador", "diplomat", "general", "officer", "manager", "executive", "founder",
        "professor", "economist", "researcher", "doctor", "company", "firm", "group", "campaign", "committee",
        "department", "government", "administration", "premier", "chancellor", "king", "queen", "pope", "coach",
        "activist", "critic", "editor", "businessman", "businesswoman", "billionaire", "strategist", "pollster",
        "lawmaker", "legislator", "politician", "member", "republican", "democrat", "candidate", "operative",
        "organization", "organisation", "service", "platform", "network", "spokespeople", "authority", "authorities",
        "ceo", "sheriff", "investigator", "scientist", "author", "writer", "host", "anchor", "resident", "voter",
        "supporter", "opponent", "surrogate", "staffer", "employee", "owner", "partner", "counsel", "negotiator",
        "envoy", "mogul", "tycoon", "magnate", "nominee", "speaker", "whip", "justice", "veteran", "student", "teacher",
        "witness", "woman", "man", "reporter", "journalist", "historian", "pastor", "priest", "bishop", "monitor",
        "delegate", "correspondent", "columnist", "citizen", "player", "viewer", "worker", "customer", "protester",
        "protestor", "passenger", "neighbour", "neighbor", "nurse", "farmer", "parent", "survivor", "victim", "fan",
        "court", "utility", "embassy", "consulate", "commission", "association", "body", "union", "council",
        "consultant", "lobbyist", "commentator", "organizer", "organiser", "donor", "volunteer", "advocate", "engineer",
    };

    /// <summary>Roles that only an organisation holds.</summary>
    private static readonly HashSet<string> OrganisationRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "regulator", "watchdog", "agency", "ministry", "company", "firm", "group", "committee", "department",
        "government", "administration", "organization", "organisation", "service", "platform", "network", "authority",
        "campaign", "monitor", "court", "utility", "embassy", "consulate", "commission", "association", "body", "union",
        "council", "news agency",
    };

    /// <summary>Words inside a name that make it an organisation's.</summary>
    private static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ministry", "agency", "committee", "council", "department", "party", "bank", "commission", "court", "office",
        "news", "post", "times", "federation", "union", "association", "institute", "university", "group",
        "foundation", "service", "services", "inc", "corp", "company", "ltd", "press", "journal", "network", "board",
        "administration", "government", "campaign", "center", "centre", "bureau", "police", "house", "senate",
        "congress", "parliament", "duma", "kremlin", "tribune", "herald", "reuters", "tass", "sputnik", "institution",
        "fund", "organization", "organisation", "coalition", "society", "club", "school", "college", "church",
        "magazine", "channel", "radio", "television", "tv", "media", "ria", "interfax", "bloomberg", "review", "authority", "trust",
        "strategies", "partners", "associates", "consulting", "research", "capital", "holdings", "systems", "solutions",
        "communications", "airlines", "motors", "industries", "enterprises", "ventures", "technologies", "museum",
        "caucus", "alliance", "league", "forum", "watch", "pac", "assembly", "legislature", "embassy", "corporation", "llc",
    };

    private static readonly Dictionary<string, string> RoleSynonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["spokeswoman"] = "spokesman",
        ["spokesperson"] = "spokesman",
        ["spokespeople"] = "spokesman",
        ["press secretary"] = "spokesman",
        ["watchdog"] = "regulator",
        ["chairwoman"] = "chairman",
        ["chair"] = "chairman",
        ["chairperson"] = "chairman",
        ["gov"] = "governor",
        ["sen"] = "senator",
        ["rep"] = "representative",
        ["congressman"] = "representative",
        ["congresswoman"] = "representative",
        ["advisor"] = "adviser",
        ["candidate"] = "nominee",
        ["prof"] = "professor",
        ["businesswoman"] = "businessman",
    };

    public static bool IsNotName(string word) => NotNames.Contains(word);

    public static bool IsTitle(string word) => Titles.Contains(word.TrimEnd('.'));

    /// <summary>First words of place names ("North Korea", "United States", "New York"): never a person.</summary>
    public static bool IsPlaceWord(string word) =>
        word.ToLowerInvariant() is "north" or "south" or "east" or "west" or "united" or "new" or "saudi" or "great" or "central"
            or "san" or "los" or "las" or "el" or "hong" or "sri" or "costa" or "puerto" or "fort" or "port" or "lake" or "mount" or "st";

    /// <summary>Last words of places and buildings that are seldom surnames ("Madison Square Garden", "Union Station").</summary>
    public static bool IsVenueWord(string word) =>
        word.ToLowerInvariant() is "garden" or "gardens" or "square" or "avenue" or "arena" or "stadium" or "center" or "centre" or "building"
            or "tower" or "county" or "valley" or "boulevard" or "plaza" or "airport" or "station";

    /// <summary>Titles that are common surnames too ("Larry King", "Mr. Bishop").</summary>
    public static bool IsSurnameTitle(string word) =>
        word.ToLowerInvariant() is "king" or "bishop" or "judge" or "pope" or "cardinal" or "chancellor" or "justice" or "coach" or "sheriff" or "brother" or "major" or "general" or "rice" or "house" or "prince" or "lord" or "french";

    private static readonly HashSet<string> TitleModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "vice", "prime", "foreign", "deputy", "press", "former", "acting", "assistant", "associate", "senior", "first",
        "presidential", "majority", "minority", "house", "interior", "defense", "defence", "finance", "state", "executive",
        "managing", "economy", "health", "education", "trade", "labor", "energy", "homeland", "security", "national",
        "campaign", "interim", "federal", "council", "mayoral", "gubernatorial", "congressional", "senatorial",
        "parliamentary",
    };

    private static readonly HashSet<string> AffiliationAdjectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "democratic", "republican", "american", "russian", "british", "french", "german", "chinese", "european",
        "conservative", "liberal",
    };

    /// <summary>Parties and nations that tell holders of the same role apart ("the Republican nominee"), with their synonyms.</summary>
    private static readonly Dictionary<string, string> Qualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["republican"] = "republican",
        ["gop"] = "republican",
        ["democratic"] = "democratic",
        ["democrat"] = "democratic",
        ["libertarian"] = "libertarian",
        ["green"] = "green",
        ["conservative"] = "conservative",
        ["tory"] = "conservative",
        ["labour"] = "labour",
        ["liberal"] = "liberal",
        ["american"] = "american",
        ["u.s"] = "american",
        ["russian"] = "russian",
        ["british"] = "british",
        ["french"] = "french",
        ["german"] = "german",
        ["chinese"] = "chinese",
        ["mexican"] = "mexican",
        ["ukrainian"] = "ukrainian",
        ["israeli"] = "israeli",
        ["iranian"] = "iranian",
        ["canadian"] = "canadian",
    };

    /// <summary>
    /// True when a description names a party or nation ("Republican") and what is known of a role holder names only
    /// others ("Green Party candidate"): the two cannot be the same.
    /// </summary>
    public static bool QualifiersConflict(string? description, IEnumerable<string?> known)
    {
        var wanted = QualifiersIn(description);
        if (wanted.Count == 0)
        {
            return false;
        }

        var held = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in known)
        {
            held.UnionWith(QualifiersIn(text));
        }

        return held.Count > 0 && !held.Overlaps(wanted);
    }

    private static HashSet<string> QualifiersIn(string? text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word.TrimEnd('.', ',');
            if (w.Length > 0 && char.IsUpper(w[0]) && Qualifiers.TryGetValue(w, out var q))
            {
                found.Add(q);
            }
        }

        return found;
    }

    /// <summary>Title words that only qualify a title ("Foreign", "National", "Republican"), never a role by themselves.</summary>
    public static bool IsTitleModifier(string word) => TitleModifiers.Contains(word.TrimEnd('.')) || AffiliationAdjectives.Contains(word);

    /// <summary>A party or nation named as an adjective before a name ("Republican", "Russian").</summary>
    public static bool IsAffiliationAdjective(string word) => AffiliationAdjectives.Contains(word);

    /// <summary>Roles of people who report and write the news rather than make it.</summary>
    public static bool IsJournalistRole(string role) => RoleKey(role) is "reporter" or "journalist" or "correspondent" or "columnist" or "writer";

    /// <summary>Documents that speak for whoever issued them ("the HSB report stated", "a White House statement said").</summary>
    public static bool IsDocument(string lowerWord) =>
        lowerWord is "report" or "statement" or "letter" or "memo" or "study" or "filing" or "release" or "complaint" or "lawsuit" or "editorial" or "ad" or "advert" or "advertisement" or "survey";

    /// <summary>Generational suffixes after a surname: "Jr.", "Sr.", "III".</summary>
    public static bool IsNameSuffix(string word) => word.TrimEnd('.') is "Jr" or "Sr" or "II" or "III" or "IV";

    public static bool IsHonorific(string word) => Honorifics.Contains(word.TrimEnd('.'));

    public static bool IsNameConnector(string word) =>
        word is "de" or "van" or "von" or "bin" or "al" or "da" or "di" or "du" or "la" or "le" or "der" or "del" or "dos" or "ibn";

    /// <summary>The role noun in its singular form ("officials" → "official"), or null when the word is no role.</summary>
    public static string? RoleNoun(string word, out bool plural)
    {
        plural = false;
        // "Surrey staff explained": a staff is a group speaking as one.
        if (word.Equals("staff", StringComparison.OrdinalIgnoreCase) || word.Equals("staffers", StringComparison.OrdinalIgnoreCase))
        {
            plural = true;
            return "staff";
        }

        if (RoleNouns.Contains(word))
        {
            return word.ToLowerInvariant();
        }

        var singular = word.EndsWith("men", StringComparison.OrdinalIgnoreCase) ? word[..^3] + "man"
            : word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) ? word[..^3] + "y"
            : word.EndsWith('s') ? word[..^1] : null;
        if (singular is not null && RoleNouns.Contains(singular))
        {
            plural = true;
            return singular.ToLowerInvariant();
        }

        return null;
    }

    /// <summary>The key roles are compared by: "spokeswoman" and "press secretary" are both "spokesman".</summary>
    public static string RoleKey(string role)
    {
        var r = role.ToLowerInvariant().Replace(".", "", StringComparison.Ordinal).Trim();
        if (RoleSynonyms.TryGetValue(r, out var key))
        {
            return key;
        }

        if (r.EndsWith("press secretary", StringComparison.Ordinal))
        {
            return "spokesman";
        }

        // "news agency TASS" reports the news: it is not "the agency" a story about a regulator means.
        if (r.EndsWith("news agency", StringComparison.Ordinal) || r.EndsWith("press agency", StringComparison.Ordinal))
        {
            return "news agency";
        }

        // The head of "secretary of state" is "secretary"; "vice president" and "former president" are not "the president".
        var core = r.Contains(" of ", StringComparison.Ordinal) ? r[..r.IndexOf(" of ", StringComparison.Ordinal)] : r;
        var head = core.Contains(' ', StringComparison.Ordinal) ? core[(core.LastIndexOf(' ') + 1)..] : core;
        head = RoleSynonyms.GetValueOrDefault(head, head);
        var first = r.Contains(' ', StringComparison.Ordinal) ? r[..r.IndexOf(' ', StringComparison.Ordinal)] : null;
        return first is "vice" or "deputy" or "former" or "assistant" or "associate" && first != head ? first + " " + head : head;
    }

    /// <summary>Roles that "the leader" of a country or body can stand for.</summary>
    public static bool IsLeaderRole(string key) => key is "president" or "premier" or "chancellor" or "king" or "queen" or "chairman";

    /// <summary>A public body's name ("European Union", "Tverskoi Court"): never what "the company" means.</summary>
    public static bool IsPublicBodyName(string name) =>
        name.Split(' ').Any(w => w.ToLowerInvariant() is "union" or "commission" or "ministry" or "government" or "court" or "parliament" or "council"
            or "department" or "agency" or "police" or "embassy" or "senate" or "congress" or "committee" or "kremlin" or "duma" or "office" or "authority");

    /// <summary>A public body, by its name or the role the article gives it ("Roskomnadzor", the regulator).</summary>
    public static bool IsPublicBody(string name, string? role) =>
        IsPublicBodyName(name) || (role is not null && IsOrganisationRole(role) && !IsBusinessRole(role) && RoleKey(role) is not ("news agency" or "campaign" or "network"));

    /// <summary>Capitals that news copy uses for their governments ("Moscow says", "Beijing warned").</summary>
    public static bool IsCapitalCity(string name) =>
        name is "Moscow" or "Beijing" or "Kyiv" or "Kiev" or "Tehran" or "Ankara" or "Brussels" or "Ottawa" or "New Delhi" or "Islamabad" or "Abuja"
            or "Brasilia" or "Pyongyang" or "Seoul" or "Tokyo" or "Damascus" or "Minsk" or "Riyadh" or "Cairo" or "Canberra" or "Berlin" or "Paris"
            or "London" or "Warsaw" or "Budapest" or "Caracas" or "Havana" or "Taipei" or "Manila" or "Jakarta" or "Hanoi" or "Baghdad" or "Kabul"
            or "Oslo" or "Stockholm" or "Helsinki" or "Copenhagen" or "Vienna" or "Madrid" or "Rome" or "Athens" or "Dublin" or "Prague" or "Bucharest"
            or "Belgrade" or "Tbilisi" or "Baku" or "Dhaka" or "Bangkok" or "Nairobi" or "Pretoria" or "Doha" or "Beirut" or "Amman" or "Rabat"
            or "Khartoum" or "Kinshasa";

    /// <summary>Roles only a business holds: "the company", "the firm".</summary>
    public static bool IsBusinessRole(string role) => RoleKey(role) is "company" or "firm" or "platform" or "network" or "service" or "group";

    public static bool IsOrganisationRole(string role) => OrganisationRoles.Contains(RoleKey(role)) || OrganisationRoles.Contains(role);

    public static bool HasOrganisationWord(IEnumerable<string> words) => words.Any(OrganisationWords.Contains);

    public static Gender GenderOfFirstName(string word) => FirstNames.Of(word);

    public static Gender GenderOfWord(string word) => word.ToLowerInvariant().TrimEnd('.') switch
    {
        "mr" or "he" or "him" or "his" or "spokesman" or "chairman" or "congressman" or "businessman" or "king"
            or "prince" or "sir" or "lord" or "father" or "brother" or "man" or "councilman" => Gender.Male,
        "mrs" or "ms" or "miss" or "she" or "her" or "spokeswoman" or "chairwoman" or "congresswoman"
            or "businesswoman" or "queen" or "princess" or "lady" or "dame" or "sister" or "mother" or "woman"
            or "councilwoman" => Gender.Female,
        _ => Gender.Unknown,
    };

    /// <summary>Subject pronouns that can stand for a speaker.</summary>
    public static bool IsPronoun(string lowerWord) => lowerWord is "he" or "she" or "it" or "they";

    private static readonly HashSet<string> OpposingRoles = ["critic", "opponent", "rival", "foe", "detractor", "adversary", "challenger"];

    /// <summary>True for roles held against an organisation ("Kremlin critic"), which name no affiliation.</summary>
    public static bool IsOpposingRole(string? role) =>
        role is not null && OpposingRoles.Contains(role.Split(' ')[^1].TrimEnd('s'));
}
