using System.Text;
using BriefingBot.Core.Speakers;

namespace BriefingBot.Core.Attribution;

/// <summary>
/// Common first names of men and of women in English-language news, for telling "he" from "she". Names given to
/// both (Jordan, Taylor, Robin, Leslie, Kim) are in neither list: a guess there would send a pronoun to the wrong person.
/// </summary>
internal static class FirstNames
{
    private static readonly HashSet<string> Male = new(StringComparer.OrdinalIgnoreCase)
    {
        "aaron", "abdul", "abe", "abraham", "adam", "adrian", "ahmad", "ahmed", "al", "alan", "albert", "alberto", "alec",
        "alejandro", "alexander", "alexandre", "alexei", "alexey", "aleksei", "alfonso", "alfred", "alfredo", "ali", "allen",
        "alonzo", "alvin", "amir", "amos", "anders", "andre", "andreas", "andrei", "andres", "andrew", "andy", "angelo",
        "anthony", "antoine", "antonio", "antony", "archie", "arnold", "arthur", "arturo", "austin", "barack", "barron",
        "barry", "bart", "bashar", "ben", "benjamin", "bennie", "benny", "bernard", "bernie", "bert", "bill", "billy",
        "blake", "bob", "bobby", "boris", "brad", "bradley", "brady", "brandon", "brendan", "brent", "brett", "brian",
        "bruce", "bruno", "bryan", "bryce", "buck", "bud", "buddy", "burt", "byron", "caleb", "calvin", "cameron",
        "carl", "carlos", "carlton", "carson", "cecil", "cedric", "cesar", "chad", "charles", "charley", "charlie",
        "chase", "chester", "chris", "christian", "christopher", "chuck", "clarence", "clark", "claude", "clay",
        "clayton", "clifford", "clint", "clyde", "cody", "colin", "connor", "conor", "conrad", "corey", "cory", "craig",
        "curt", "curtis", "cyrus", "dale", "dallas", "dan", "daniel", "danny", "dante", "darius", "darnell", "darrell",
        "darren", "darryl", "dave", "david", "dean", "dennis", "denis", "derek", "derrick", "desmond", "devin", "dick",
        "diego", "dimitri", "dmitri", "dmitry", "dominic", "don", "donald", "donnie", "doug", "douglas", "drew",
        "duane", "dustin", "dwayne", "dwight", "earl", "ed", "eddie", "edgar", "edmund", "eduardo", "edward", "edwin",
        "eli", "elias", "elijah", "elliot", "elliott", "elmer", "elon", "emanuel", "emil", "emilio", "emmanuel",
        "enrique", "eric", "erik", "ernest", "ernesto", "ernie", "ethan", "eugene", "evan", "everett", "ezra", "felix",
        "fernando", "floyd", "francis", "francisco", "francois", "frank", "frankie", "franklin", "fred", "freddie",
        "frederick", "gabriel", "garrett", "gary", "gavin", "gene", "geoffrey", "george", "gerald", "gerard",
        "gerhard", "gilbert", "giovanni", "giuseppe", "glen", "glenn", "gordon", "graham", "grant", "greg", "gregg",
        "gregory", "guillermo", "gus", "guy", "hal", "hank", "hans", "harold", "harrison", "harry", "harvey",
        "hassan", "hector", "henry", "herbert", "herman", "hiram", "homer", "horace", "howard", "hubert", "hugh",
        "hugo", "hunter", "ian", "igor", "ira", "isaac", "isaiah", "ismael", "ivan", "jack", "jackson", "jacob",
        "jaime", "jake", "jamal", "james", "jared", "jason", "javier", "jay", "jeb", "jeff", "jefferson", "jeffrey",
        "jeremy", "jerome", "jerry", "jesse", "jesus", "jim", "jimmy", "joaquin", "joe", "joel", "joey", "johan",
        "john", "johnnie", "johnny", "jon", "jonah", "jonathan", "jorge", "jose", "joseph", "josh", "joshua", "juan",
        "julian", "julio", "julius", "justin", "karl", "keith", "ken", "kenneth", "kenny", "kent", "kevin", "khalid",
        "kirk", "kurt", "kyle", "lamar", "lance", "larry", "lawrence", "leo", "leon", "leonard", "leroy", "les",
        "lester", "levi", "lewis", "lloyd", "logan", "lonnie", "lorenzo", "louis", "lowell", "luca", "lucas", "luis",
        "luiz", "luke", "luther", "lyndon", "malcolm", "manuel", "marc", "marcel", "marco", "marcus", "mario", "mark",
        "marshall", "martin", "marty", "marvin", "mason", "mateo", "matt", "matteo", "matthew", "maurice", "mauricio",
        "max", "maxwell", "melvin", "micah", "michael", "miguel", "mike", "mikhail", "miles", "milton", "mitch",
        "mitchell", "mitt", "mohammad", "mohammed", "moses", "muhammad", "murray", "narendra", "nathan", "nathaniel",
        "neal", "ned", "neil", "nelson", "newt", "nicholas", "nick", "nicolas", "nigel", "nikolai", "noah", "norman",
        "oleg", "oliver", "omar", "orrin", "oscar", "otis", "owen", "pablo", "patrick", "paul", "pavel", "pedro",
        "percy", "perry", "pete", "peter", "phil", "philip", "phillip", "pierre", "preston", "quentin", "rafael",
        "ralph", "ramon", "rand", "randall", "randy", "raul", "ray", "raymond", "recep", "reed", "reggie", "reginald",
        "reince", "rex", "ricardo", "richard", "rick", "ricky", "rob", "robert", "roberto", "rod", "rodney",
        "rodrigo", "roger", "roland", "rolando", "ron", "ronald", "ronnie", "ross", "roy", "ruben", "rudolph", "rudy",
        "russ", "russell", "ryan", "sal", "salvador", "samuel", "santiago", "saul", "scott", "sean", "sebastian",
        "sergei", "sergey", "seth", "shane", "shaun", "shawn", "sheldon", "sherrod", "shinzo", "sidney", "simon",
        "spencer", "stan", "stanley", "stefan", "stephen", "steve", "steven", "stewart", "stuart", "ted", "teddy",
        "terence", "terrance", "terrence", "theo", "theodore", "thomas", "tim", "timothy", "toby", "todd", "tom",
        "tommy", "tony", "travis", "trent", "trevor", "trey", "troy", "tucker", "tyler", "ulysses", "vernon", "victor",
        "viktor", "vince", "vincent", "virgil", "vladimir", "wade", "walker", "wallace", "walter", "warren", "wayne",
        "wendell", "wesley", "wilbur", "will", "william", "willie", "willis", "winston", "xavier", "xi", "yuri",
        "zach", "zachary", "ajit", "dylan",
    };

    private static readonly HashSet<string> Female = new(StringComparer.OrdinalIgnoreCase)
    {
        "abby", "abigail", "ada", "adele", "adrienne", "agnes", "aileen", "aimee", "alana", "alexandra", "alexandria",
        "alexis",
        "alice", "alicia", "alina", "alison", "allison", "alyssa", "amanda", "amber", "amelia", "amy", "ana",
        "anastasia", "andrea", "angela", "angelica", "angelina", "angie", "anita", "ann", "anna", "anne", "annette",
        "annie", "antoinette", "april", "arlene", "ashley", "audrey", "ava", "ayanna", "barbara", "beatrice", "becky",
        "belinda", "bella", "bernadette", "beth", "bethany", "betsy", "betty", "beverly", "bianca", "bonnie", "brenda",
        "brianna", "bridget", "brittany", "brooke", "camila", "candace", "candice", "cara", "carla", "carly", "carmen",
        "carol", "carole", "caroline", "carolyn", "carrie", "cassandra", "catherine", "cathy", "cecilia", "celeste",
        "celia", "charlene", "charlotte", "chelsea", "cheryl", "chloe", "christie", "christina", "christine", "cindy",
        "claire", "clara", "clare", "claudia", "colleen", "condoleezza", "connie", "constance", "cora", "courtney",
        "cristina", "crystal", "cynthia", "daisy", "danielle", "daphne", "darlene", "dawn", "debbie", "deborah",
        "debra", "deirdre", "delia", "denise", "diana", "diane", "dianne", "dilma", "dolores", "donna", "dora",
        "doris", "dorothy", "edith", "edna", "eileen", "ekaterina", "elaine", "eleanor", "elena", "elisa", "elise",
        "eliza", "elizabeth", "ella", "ellen", "eloise", "elsa", "emily", "emma", "erica", "erika", "erin", "esther",
        "ethel", "eva", "evelyn", "faith", "fatima", "federica", "felicia", "fiona", "flora", "florence", "frances",
        "francesca", "gabriela", "gabrielle", "gail", "gayle", "georgia", "geraldine", "gillian", "gina", "ginger",
        "gladys", "gloria", "grace", "gretchen", "gwen", "gwendolyn", "hailey", "haley", "hannah", "harriet", "hazel",
        "heather", "heidi", "helen", "helena", "hilary", "hillary", "holly", "hope", "huma", "ilhan", "imogen",
        "ingrid", "irene", "irina", "iris", "irma", "isabel", "isabella", "ivanka", "jackie", "jacinda",
        "jacqueline", "jane", "janet", "janice", "janine", "jasmine", "jean", "jeanette", "jeanne", "jeannie",
        "jen", "jenna", "jennifer", "jenny", "jessica", "jill", "jillian", "joan", "joann", "joanna", "joanne",
        "jocelyn", "jodi", "josephine", "joy", "joyce", "juanita", "judith", "judy", "julia", "julie", "juliet",
        "june", "kamala", "karen", "karin", "karla", "kate", "katelyn", "katherine", "kathleen", "kathryn", "kathy",
        "katie", "katrina", "kay", "kayla", "keisha", "kelly", "kellyanne", "kelsey", "kendra", "kimberly", "kirsten",
        "kristen", "kristi", "kristin", "kristina", "kristy", "krystal", "lacey", "laura", "lauren", "laurie",
        "leah", "leila", "lena", "letitia", "lillian", "lily", "linda", "lindsay", "lisa", "liz", "liza", "lois",
        "loretta", "lori", "lorraine", "louise", "lucia", "lucille", "lucy", "ludmila", "luisa", "lydia",
        "lyudmila", "mabel", "madeleine", "madeline", "madison", "mae", "maggie", "malia", "mallory", "mandy",
        "marcia", "margaret", "margarita", "margo", "maria", "marian", "marianne", "marie", "marilyn", "marina",
        "marine", "marissa", "marjorie", "marla", "marlene", "martha", "mary", "maryann", "maureen", "maxine", "maya",
        "meg", "megan", "meghan", "melania", "melanie", "melinda", "melissa", "melody", "mercedes", "meredith", "mia",
        "michele", "michelle", "mildred", "mindy", "miranda", "miriam", "misty", "molly", "mona", "monica",
        "monique", "muriel", "myra", "nadia", "nancy", "naomi", "natalia", "natalie", "natasha", "nellie", "nicola",
        "nicole", "nikki", "nina", "nora", "norma", "olga", "olive", "olivia", "omarosa", "paige", "pam", "pamela",
        "patricia", "patsy", "patty", "paula", "pauline", "pearl", "peggy", "penelope", "penny", "phyllis", "polly",
        "priscilla", "rachael", "rachel", "ramona", "raquel", "rashida", "rebecca", "regina", "renee", "rhonda",
        "rita", "roberta", "rochelle", "ronda", "rosa", "rosalind", "rosalie", "rose", "rosemary", "roxanne", "ruby",
        "ruth", "sabrina", "sally", "samantha", "sandra", "sandy", "sara", "sarah", "sasha", "savannah", "selena",
        "serena", "sharon", "sheila", "shelby", "shelley", "sherri", "sheryl", "shirley", "silvia", "simone",
        "sofia", "sonia", "sonya", "sophia", "sophie", "stacey", "stacy", "stella", "stephanie", "sue", "susan",
        "susanne", "suzanne", "svetlana", "sylvia", "tabitha", "tamara", "tami", "tammy", "tanya", "tara", "tatiana",
        "teresa", "terri", "tessa", "thelma", "theresa", "tiffany", "tina", "toni", "tracey", "tracy", "trisha",
        "tulsi", "ursula", "valentina", "valerie", "vanessa", "vera", "veronica", "vicki", "vickie", "victoria",
        "viola", "violet", "virginia", "vivian", "wanda", "wendy", "whitney", "wilma", "yekaterina", "yolanda",
        "yulia", "yvonne", "zoe",
    };

    /// <summary>First names that are common surnames too: alone, "Warren" or "Grant" is more likely someone's surname.</summary>
    private static readonly HashSet<string> AlsoSurnames = new(StringComparer.OrdinalIgnoreCase)
    {
        "scott", "thomas", "warren", "murray", "kelly", "grant", "graham", "howard", "russell", "mitchell", "allen",
        "douglas", "wallace", "marshall", "jackson", "nelson", "lewis", "carson", "christie", "perry", "ryan", "paul",
        "gordon", "dean", "ross", "lloyd", "franklin", "harrison", "clay", "lamar", "dale", "craig", "curtis", "wesley",
        "wade", "walker", "tucker", "spencer", "hunter", "mason", "logan", "chase", "henry", "arthur", "martin",
        "powell", "simon", "bruno", "conrad", "stanley", "stewart", "stuart", "miles", "owen", "parker", "reed",
        "preston", "sherrod", "wilson", "willis", "rex", "earl", "gene", "grace", "hope", "joy", "rose", "june", "may",
        "april", "faith", "ivan", "jefferson", "fletcher", "elliott", "elliot", "lowell", "palin", "pence", "burns",
    };

    /// <summary>The gender a first name points to, or Unknown for names not listed or given to both.</summary>
    public static Gender Of(string word)
    {
        var plain = Plain(word);
        return Male.Contains(plain) ? Gender.Male : Female.Contains(plain) ? Gender.Female : Gender.Unknown;
    }

    /// <summary>The gender of a name that stands alone, when it is a first name and not also a common surname.</summary>
    public static Gender OfLoneName(string word) => AlsoSurnames.Contains(word) ? Gender.Unknown : Of(word);

    // "François", "José": the lists hold names without their accents (folded by hand: the build runs without ICU).
    private static string Plain(string word)
    {
        if (Ascii.IsValid(word))
        {
            return word;
        }

        var plain = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (c is >= '\u0300' and <= '\u036F')
            {
                continue;
            }

            plain.Append(char.ToLowerInvariant(c) switch
            {
                'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => 'a',
                'ç' => 'c',
                'è' or 'é' or 'ê' or 'ë' => 'e',
                'ì' or 'í' or 'î' or 'ï' => 'i',
                'ñ' => 'n',
                'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' => 'o',
                'ù' or 'ú' or 'û' or 'ü' => 'u',
                'ý' or 'ÿ' => 'y',
                var other => other,
            });
        }

        return plain.ToString();
    }
}
