namespace BriefingBot.Bench.Corpus;

/// <summary>Word lists the synthetic corpus is built from: invented name parts and plain news vocabulary, no copied text.</summary>
internal static class WordLists
{
    public static readonly string[] FirstNames =
    [
        "Anton", "Vera", "Milan", "Irina", "Pavel", "Lena", "Oskar", "Daria", "Roman", "Nadia", "Felix", "Tamara", "Hugo", "Alina",
        "Viktor", "Sofia", "Ilya", "Greta", "Boris", "Marta", "Lev", "Olga", "Emil", "Katya", "Yuri", "Nina", "Arkady", "Zoya",
        "Konstantin", "Lidia", "Gleb", "Rada", "Timur", "Ulla", "Stepan", "Edda", "Matvei", "Inga", "Semyon", "Klara",
    ];

    // Surnames are built from these three parts; every combination is a distinct invented name.
    public static readonly string[] SurnameHeads =
    [
        "Kor", "Bel", "Mar", "Tol", "Vor", "Gan", "Sel", "Dub", "Pol", "Ras", "Zar", "Lom", "Nev", "Kul", "Brat", "Frol",
        "Gri", "Hol", "Jar", "Kras",
    ];

    public static readonly string[] SurnameMiddles = ["va", "ito", "eni", "uda", "ar", "osh", "im", "el", "ub", "ast"];

    public static readonly string[] SurnameTails = ["nov", "sky", "chenko", "vich", "lin", "mann", "dze", "rov", "tsev", "quist"];

    public static readonly string[] Roles =
    [
        "deputy minister", "spokesperson", "regional governor", "party leader", "senior analyst", "trade envoy", "committee chair",
        "press secretary", "chief economist", "union leader", "mayor", "opposition lawmaker", "foreign minister", "central bank governor",
        "defence adviser", "energy minister", "health commissioner", "court spokesperson", "ombudsman", "campaign director",
    ];

    public static readonly string[] Outlets =
    [
        "Northern Ledger", "Harbour Times", "Daily Meridian", "Capital Wire", "Evening Courier", "Riverside Post", "Union Herald",
        "Coastal Record",
    ];

    /// <summary>Topic nouns, most frequent first (drawn with a Zipf law over this order).</summary>
    public static readonly string[] Topics =
    [
        "sanctions", "elections", "grain", "pipeline", "internet", "bans", "inflation", "pensions", "border", "refugees",
        "tariffs", "vaccines", "protests", "censorship", "budget", "drought", "wages", "fuel", "railways", "housing",
        "satellites", "fisheries", "airports", "mining", "tourism", "courts", "prisons", "universities", "hospitals", "farmers",
        "exports", "imports", "currency", "banks", "debt", "taxes", "subsidies", "ports", "shipping", "fertiliser",
        "wheat", "coal", "gas", "oil", "nuclear", "wind", "solar", "forests", "floods", "wildfires",
        "telecoms", "broadband", "bloggers", "journalists", "newspapers", "television", "radio", "streaming", "platforms", "apps",
        "hackers", "espionage", "diplomats", "embassies", "treaties", "summits", "ceasefire", "negotiations", "referendum", "constitution",
        "parliament", "ministers", "governors", "mayors", "police", "army", "navy", "conscription", "veterans", "monuments",
        "museums", "theatres", "athletes", "olympics", "football", "doping", "schools", "teachers", "textbooks", "curriculum",
        "children", "families", "migrants", "visas", "passports", "customs", "smuggling", "corruption", "bribery", "audits",
        "lawsuits", "verdicts", "appeals", "amnesty", "pardons", "strikes", "unions", "factories", "automakers", "steel",
        "aluminium", "copper", "diamonds", "gold", "bonds", "stocks", "investors", "startups", "robots", "chips",
        "software", "encryption", "messengers", "search", "advertising", "retail", "supermarkets", "bread", "sugar", "milk",
        "water", "sewage", "roads", "bridges", "tunnels", "metro", "buses", "taxis", "bicycles", "parking",
        "pollution", "recycling", "landfills", "climate", "emissions", "glaciers", "rivers", "lakes", "whales", "wolves",
        "drones", "missiles", "tanks", "artillery", "shelters", "evacuation", "reconstruction", "aid", "donors", "charities",
        "churches", "mosques", "holidays", "calendar", "census", "statistics", "polls", "surveys", "ratings", "scandal",
        "resignation", "appointment", "reshuffle", "coalition", "opposition", "dissidents", "exiles", "asylum", "extradition", "hostages",
        "cyberattacks", "outages", "blackouts", "heating", "electricity", "tariff", "rents", "mortgages", "savings", "lottery",
        "casinos", "alcohol", "tobacco", "cannabis", "pharmacies", "doctors", "nurses", "ambulances", "epidemic", "quarantine",
    ];

    public static readonly string[] Verbs =
    [
        "support", "reject", "review", "expand", "limit", "defend", "question", "welcome", "oppose", "delay", "fund", "protect",
        "restore", "replace", "monitor", "extend", "cancel", "approve", "challenge", "discuss", "strengthen", "reconsider", "block",
        "accelerate", "investigate", "simplify", "tighten", "relax", "announce", "prepare",
    ];

    public static readonly string[] Adjectives =
    [
        "new", "current", "regional", "national", "foreign", "temporary", "permanent", "costly", "urgent", "unfair", "necessary",
        "dangerous", "careful", "gradual", "sudden", "modest", "broad", "strict", "local", "federal", "private", "public", "illegal",
        "reasonable", "excessive", "fragile", "stable", "serious", "cautious", "realistic",
    ];

    public static readonly string[] Subjects =
    [
        "We", "The government", "Our ministry", "Nobody", "The committee", "Our partners", "The region", "Parliament", "The cabinet",
        "Ordinary people", "Our team", "The country", "Nobody here", "The authorities", "Everyone",
    ];

    public static readonly string[] Modals = ["will", "must", "cannot", "should", "will not", "intend to", "are ready to", "have decided to", "may", "refuse to"];

    public static readonly string[] Endings =
    [
        "this year", "before the winter", "without delay", "after the summit", "in the coming months", "for the time being",
        "at any price", "as soon as possible", "under these conditions", "next spring", "once the report is ready", "by the end of the decade",
    ];

    public static readonly string[] CueVerbs = ["said", "told reporters", "added", "warned", "stressed", "explained", "insisted"];

    /// <summary>Names that are never generated as speakers (for "unknown speaker" questions).</summary>
    public static readonly string[] UnknownFirstNames = ["Quentin", "Ysolde", "Barnaby", "Perpetua", "Thaddeus", "Wilhelmina"];

    public static readonly string[] UnknownSurnames = ["Wexley", "Quimbolt", "Farthingale", "Pembrook", "Ottermere", "Glasswick"];
}
